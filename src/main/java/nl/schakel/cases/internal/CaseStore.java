package nl.schakel.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.cases.CaseEnums.EscalationLevel;
import nl.schakel.cases.CaseEnums.Focus;
import nl.schakel.cases.CaseId;
import nl.schakel.cases.CaseStatus;
import nl.schakel.cases.CaseViewer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case table and its signals. Every read for a person is filtered by participation in the SQL. */
@Repository
public class CaseStore {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next reference, numbered within the year of {@code at} as it is in the Netherlands. */
    public String nextReference(Instant at) {
        int year = at.atZone(NETHERLANDS).getYear();
        long number = jdbc.sql("select nextval('case_reference_seq')").query(Long.class).single();
        return "C-%d-%04d".formatted(year, number);
    }

    public void insert(CaseId id, UUID regionId, String reference, String title, Focus focus,
            Collection<String> forms, Collection<String> flags, EscalationLevel level, String legalBasis,
            Instant now) {
        jdbc.sql("""
                insert into case_file (id, region_id, reference, title, focus, exploitation_forms, flags,
                    escalation_level, legal_basis, status, created_at, updated_at)
                values (:id, :region, :reference, :title, :focus, string_to_array(:forms, ','),
                    string_to_array(:flags, ','), :level, :basis, :status, :now, :now)""")
                .param("id", id.value()).param("region", regionId).param("reference", reference)
                .param("title", title).param("focus", focus.name()).param("forms", Rows.joined(forms))
                .param("flags", Rows.joined(flags)).param("level", level.name()).param("basis", legalBasis)
                .param("status", CaseStatus.PROPOSED.name()).param("now", at(now)).update();
    }

    public void addSignal(CaseId id, UUID signalId, UUID userId, Instant now) {
        jdbc.sql("insert into case_signal (case_id, signal_id, added_at, added_by) values (?, ?, ?, ?)")
                .params(id.value(), signalId, at(now), userId).update();
    }

    public List<UUID> signals(CaseId id) {
        return jdbc.sql("select signal_id from case_signal where case_id = ? order by added_at, signal_id")
                .param(id.value()).query(UUID.class).list();
    }

    /** The case a signal was taken into, if any. */
    public Optional<CaseId> caseOfSignal(UUID signalId) {
        return jdbc.sql("select case_id from case_signal where signal_id = ?").param(signalId).query(UUID.class)
                .optional().map(CaseId::new);
    }

    /** The case, when the viewer's organisation participates in it today. */
    public Optional<CaseRow> find(CaseId id, CaseViewer viewer, LocalDate today) {
        return jdbc.sql("select c.*, " + Rows.SCOPES + " from case_file c where c.id = :id and " + Rows.PARTICIPATES)
                .param("id", id.value()).param("org", viewer.organisationId()).param("today", today)
                .query(CaseStore::row).optional();
    }

    /** The case without a viewer, for the system's own work (reminders, demo). */
    public Optional<CaseRow> findForSystem(CaseId id) {
        return jdbc.sql("select c.*, '{}'::text[] as viewer_scopes from case_file c where c.id = ?")
                .param(id.value()).query(CaseStore::row).optional();
    }

    /** The cases the viewer's organisation participates in today, open ones first. */
    public List<CaseRow> visible(CaseViewer viewer, LocalDate today) {
        return jdbc.sql("select c.*, " + Rows.SCOPES + " from case_file c where " + Rows.PARTICIPATES
                        + " order by (c.status = :closed), c.reference desc")
                .param("org", viewer.organisationId()).param("today", today)
                .param("closed", CaseStatus.CLOSED.name()).query(CaseStore::row).list();
    }

    /** Moves the status only from the state it was read in; false when another move came first. */
    public boolean move(CaseId id, CaseStatus from, CaseStatus to, @Nullable String outcome, Instant now) {
        return jdbc.sql("""
                update case_file set status = ?, outcome = ?, updated_at = ? where id = ? and status = ?""")
                .params(to.name(), outcome, at(now), id.value(), from.name()).update() == 1;
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static CaseRow row(ResultSet rs, int n) throws SQLException {
        return new CaseRow(new CaseId(rs.getObject("id", UUID.class)), rs.getObject("region_id", UUID.class),
                rs.getString("reference"), rs.getString("title"), Focus.valueOf(rs.getString("focus")),
                Rows.strings(rs.getArray("exploitation_forms")), Rows.strings(rs.getArray("flags")),
                EscalationLevel.valueOf(rs.getString("escalation_level")), rs.getString("legal_basis"),
                CaseStatus.valueOf(rs.getString("status")), rs.getString("outcome"),
                Rows.scopes(rs.getArray("viewer_scopes")));
    }
}
