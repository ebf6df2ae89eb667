package nl.schakel.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.cases.CaseEnums.HandoverStatus;
import nl.schakel.cases.CaseEnums.ParticipantRole;
import nl.schakel.cases.CaseId;
import nl.schakel.cases.CaseScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Participants of a case, its lead, and handovers of the lead. */
@Repository
public class TeamStore {

    private final JdbcClient jdbc;

    TeamStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ParticipantRow(UUID id, UUID organisationId, @Nullable UUID personId, ParticipantRole role,
            java.util.Set<CaseScope> scopes, String legalBasis, LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    public record HandoverRow(UUID id, UUID organisationId, UUID personId) {
    }

    public void add(CaseId caseId, UUID organisationId, @Nullable UUID personId, ParticipantRole role,
            Collection<CaseScope> scopes, String legalBasis, LocalDate startsOn, @Nullable LocalDate endsOn) {
        jdbc.sql("""
                insert into case_participant (id, case_id, organisation_id, person_id, role, scopes, legal_basis,
                    starts_on, ends_on)
                values (?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?)""")
                .params(UUID.randomUUID(), caseId.value(), organisationId, personId, role.name(), Rows.joined(scopes),
                        legalBasis, startsOn, endsOn)
                .update();
    }

    /** Current and past participants, the lead first. */
    public List<ParticipantRow> participants(CaseId caseId) {
        return jdbc.sql("""
                select * from case_participant where case_id = ?
                order by (ends_on is not null), (role <> ?), starts_on, id""")
                .params(caseId.value(), ParticipantRole.LEAD.name()).query(TeamStore::row).list();
    }

    public Optional<ParticipantRow> participant(CaseId caseId, UUID participantId) {
        return jdbc.sql("select * from case_participant where case_id = ? and id = ?")
                .params(caseId.value(), participantId).query(TeamStore::row).optional();
    }

    public Optional<ParticipantRow> lead(CaseId caseId) {
        return jdbc.sql("select * from case_participant where case_id = ? and role = ? and ends_on is null")
                .params(caseId.value(), ParticipantRole.LEAD.name()).query(TeamStore::row).optional();
    }

    /** Ends a participation (never the lead's: the query refuses that). */
    public boolean end(CaseId caseId, UUID participantId, LocalDate on) {
        return jdbc.sql("""
                update case_participant set ends_on = ? where case_id = ? and id = ? and role <> ?
                and ends_on is null""")
                .params(on, caseId.value(), participantId, ParticipantRole.LEAD.name()).update() == 1;
    }

    /** The old lead stays a contributor with the lead's scopes; the new lead takes over. */
    public void changeLead(CaseId caseId, UUID organisationId, UUID personId, String legalBasis, LocalDate on) {
        jdbc.sql("update case_participant set role = ? where case_id = ? and role = ? and ends_on is null")
                .params(ParticipantRole.CONTRIBUTOR.name(), caseId.value(), ParticipantRole.LEAD.name()).update();
        // The new lead's own participation becomes the lead's, with every scope: one current row per person.
        int promoted = jdbc.sql("""
                update case_participant set role = ?, scopes = string_to_array(?, ',')
                where id = (select id from case_participant where case_id = ? and organisation_id = ?
                            and person_id = ? and ends_on is null order by starts_on limit 1)""")
                .params(ParticipantRole.LEAD.name(), Rows.joined(CaseScope.all()), caseId.value(), organisationId,
                        personId).update();
        if (promoted == 0) {
            add(caseId, organisationId, personId, ParticipantRole.LEAD, CaseScope.all(), legalBasis, on, null);
        }
    }

    public void proposeHandover(CaseId caseId, UUID organisationId, UUID personId, UUID proposedBy, Instant now) {
        jdbc.sql("""
                insert into case_handover (id, case_id, organisation_id, person_id, proposed_by, proposed_at, status)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), caseId.value(), organisationId, personId, proposedBy, CaseStore.at(now),
                        HandoverStatus.PENDING.name())
                .update();
    }

    public Optional<HandoverRow> pendingHandover(CaseId caseId) {
        return jdbc.sql("select id, organisation_id, person_id from case_handover where case_id = ? and status = ?")
                .params(caseId.value(), HandoverStatus.PENDING.name())
                .query((rs, n) -> new HandoverRow(rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), rs.getObject("person_id", UUID.class)))
                .optional();
    }

    /** Closes the pending handover as ACCEPTED or WITHDRAWN; false when none was pending. */
    public boolean closeHandover(UUID handoverId, HandoverStatus outcome, Instant now) {
        return jdbc.sql("update case_handover set status = ?, decided_at = ? where id = ? and status = ?")
                .params(HandoverStatus.PENDING.moveTo(outcome).name(), CaseStore.at(now), handoverId,
                        HandoverStatus.PENDING.name()).update() == 1;
    }

    private static ParticipantRow row(ResultSet rs, int n) throws SQLException {
        return new ParticipantRow(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("person_id", UUID.class), ParticipantRole.valueOf(rs.getString("role")),
                Rows.scopes(rs.getArray("scopes")), rs.getString("legal_basis"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class));
    }
}
