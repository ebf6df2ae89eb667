package nl.schakel.care.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.schakel.care.B8Decision;
import nl.schakel.care.ConsentSigner;
import nl.schakel.care.ConsentStatus;
import nl.schakel.care.MunicipalityReason;
import nl.schakel.care.Need;
import nl.schakel.care.NewTrajectory;
import nl.schakel.care.ResidenceStatus;
import nl.schakel.care.TrajectoryId;
import nl.schakel.care.TrajectoryLine;
import nl.schakel.care.TrajectoryStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trajectory tables. Who may see what is in the SQL: the whole row only where the lead organisation is the
 * viewer's, the status only where the responsible municipality is the viewer's, the B8 dates only in the viewer's
 * region (decision 0023).
 */
@Component
public class TrajectoryStore {

    private static final String FULL = """
            select id, region_id, person_label, subject_id, case_id, lead_organisation_id, lead_user_id,
                municipality_id, municipality_reason, age, residence_status, unaccompanied_minor, exploitation_forms,
                needs, status, consent_status, consent_signer
            from trajectory""";

    private final JdbcClient jdbc;

    TrajectoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TrajectoryId id, UUID regionId, UUID leadOrganisationId, UUID leadUserId, NewTrajectory t,
            Instant now) {
        jdbc.sql("""
                insert into trajectory (id, region_id, subject_id, case_id, person_label, lead_organisation_id,
                    lead_user_id, municipality_id, municipality_reason, age, residence_status, unaccompanied_minor,
                    exploitation_forms, needs, status, consent_status, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?, ?, ?, ?)""")
                .params(id.value(), regionId, t.subjectId(), t.caseId(), t.personLabel().strip(), leadOrganisationId,
                        leadUserId, t.municipalityId(), t.municipalityReason().name(), t.age(),
                        t.residenceStatus().name(), t.unaccompaniedMinor(), array(t.exploitationForms()),
                        array(t.needs().stream().map(Need::name).toList()), TrajectoryStatus.REFERRED.name(),
                        ConsentStatus.NOT_ASKED.name(), utc(now), utc(now))
                .update();
    }

    /** The whole trajectory, only when the organisation leads it. */
    public Optional<TrajectoryRow> forLead(TrajectoryId id, UUID organisationId) {
        return jdbc.sql(FULL + " where id = ? and lead_organisation_id = ?").params(id.value(), organisationId)
                .query((rs, n) -> row(rs)).optional();
    }

    public List<TrajectoryLine> listForLead(UUID organisationId) {
        return jdbc.sql("""
                select t.id, t.person_label, t.status, b.end_date, b.decision from trajectory t
                left join b8_period b on b.trajectory_id = t.id
                where t.lead_organisation_id = ? order by t.status = ?, t.created_at desc""")
                .params(organisationId, TrajectoryStatus.CLOSED.name())
                .query((rs, n) -> new TrajectoryLine(new TrajectoryId(rs.getObject("id", UUID.class)),
                        rs.getString("person_label"), TrajectoryStatus.valueOf(rs.getString("status")),
                        rs.getObject("end_date", java.time.LocalDate.class), decision(rs.getString("decision"))))
                .list();
    }

    /** The registry persons of the trajectories this organisation leads (subject id to person label), by label. */
    public java.util.Map<UUID, String> subjectsForLead(UUID organisationId) {
        java.util.Map<UUID, String> subjects = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select subject_id, person_label from trajectory
                where lead_organisation_id = ? and subject_id is not null and status <> ?
                order by person_label, created_at""")
                .params(organisationId, TrajectoryStatus.CLOSED.name())
                .query((rs, n) -> subjects.putIfAbsent(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        return subjects;
    }

    /** The status only, for the designated officers of the responsible municipality. */
    public Optional<TrajectoryStatus> statusForMunicipality(TrajectoryId id, UUID organisationId) {
        return jdbc.sql("select status from trajectory where id = ? and municipality_id = ?")
                .params(id.value(), organisationId)
                .query((rs, n) -> TrajectoryStatus.valueOf(rs.getString("status"))).optional();
    }

    public List<TrajectoryLine> listForMunicipality(UUID organisationId) {
        return jdbc.sql("""
                select id, status from trajectory where municipality_id = ? order by status = ?, created_at desc""")
                .params(organisationId, TrajectoryStatus.CLOSED.name())
                .query((rs, n) -> new TrajectoryLine(new TrajectoryId(rs.getObject("id", UUID.class)), null,
                        TrajectoryStatus.valueOf(rs.getString("status")), null, null))
                .list();
    }

    /** The B8 dates and decision only, for the police of the region; nothing without a B8 period. */
    public List<TrajectoryLine> listB8ForRegion(UUID regionId) {
        return jdbc.sql("""
                select t.id, b.end_date, b.decision from trajectory t join b8_period b on b.trajectory_id = t.id
                where t.region_id = ? order by b.end_date""")
                .param(regionId)
                .query((rs, n) -> new TrajectoryLine(new TrajectoryId(rs.getObject("id", UUID.class)), null, null,
                        rs.getObject("end_date", java.time.LocalDate.class), decision(rs.getString("decision"))))
                .list();
    }

    /** Whether the trajectory exists in the region (for a care provider, who then sees only its own placements). */
    public boolean existsInRegion(TrajectoryId id, UUID regionId) {
        return jdbc.sql("select count(*) from trajectory where id = ? and region_id = ?")
                .params(id.value(), regionId).query(Integer.class).single() > 0;
    }

    public List<TrajectoryId> idsInRegion(UUID regionId) {
        return jdbc.sql("select id from trajectory where region_id = ? and status <> ? order by created_at desc")
                .params(regionId, TrajectoryStatus.CLOSED.name()).query((rs, n) -> new TrajectoryId(rs.getObject("id", UUID.class))).list();
    }

    /** Moves the status only from the state it was read in; false when someone else moved it first. */
    public boolean move(TrajectoryId id, TrajectoryStatus from, TrajectoryStatus to, Instant now) {
        return jdbc.sql("update trajectory set status = ?, updated_at = ? where id = ? and status = ?")
                .params(to.name(), utc(now), id.value(), from.name()).update() == 1;
    }

    public boolean moveConsent(TrajectoryId id, ConsentStatus from, ConsentStatus to,
            @Nullable ConsentSigner signer, Instant now) {
        return jdbc.sql("""
                update trajectory set consent_status = ?, consent_signer = coalesce(?, consent_signer), updated_at = ?
                where id = ? and consent_status = ?""")
                .params(to.name(), signer == null ? null : signer.name(), utc(now), id.value(), from.name())
                .update() == 1;
    }

    public void updateNeeds(TrajectoryId id, Set<Need> needs, Instant now) {
        jdbc.sql("update trajectory set needs = ?::text[], updated_at = ? where id = ?")
                .params(array(needs.stream().map(Need::name).toList()), utc(now), id.value()).update();
    }

    public void recordEvent(TrajectoryId id, String code, @Nullable UUID userId, Instant now) {
        jdbc.sql("insert into trajectory_event (id, trajectory_id, code, user_id, at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id.value(), code, userId, utc(now)).update();
    }

    public List<String> events(TrajectoryId id) {
        return jdbc.sql("select code from trajectory_event where trajectory_id = ? order by at, code")
                .param(id.value()).query(String.class).list();
    }

    private static TrajectoryRow row(ResultSet rs) throws SQLException {
        String age = rs.getString("age");
        String signer = rs.getString("consent_signer");
        Set<Need> needs = EnumSet.noneOf(Need.class);
        strings(rs.getArray("needs")).forEach(n -> needs.add(Need.valueOf(n)));
        return new TrajectoryRow(new TrajectoryId(rs.getObject("id", UUID.class)), rs.getObject("region_id", UUID.class),
                rs.getString("person_label"), rs.getObject("subject_id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("lead_organisation_id", UUID.class), rs.getObject("lead_user_id", UUID.class),
                rs.getObject("municipality_id", UUID.class), MunicipalityReason.valueOf(rs.getString("municipality_reason")),
                age == null ? null : Integer.valueOf(age), ResidenceStatus.valueOf(rs.getString("residence_status")),
                rs.getBoolean("unaccompanied_minor"), strings(rs.getArray("exploitation_forms")), needs,
                TrajectoryStatus.valueOf(rs.getString("status")), ConsentStatus.valueOf(rs.getString("consent_status")),
                signer == null ? null : ConsentSigner.valueOf(signer));
    }

    private static @Nullable B8Decision decision(@Nullable String value) {
        return value == null ? null : B8Decision.valueOf(value);
    }

    static Set<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream((Object[]) array.getArray()).forEach(v -> values.add(v.toString()));
        return values;
    }

    static String array(Collection<String> values) {
        return "{" + String.join(",", values.stream().map(v -> "\"" + v.replace("\"", "") + "\"").toList()) + "}";
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
