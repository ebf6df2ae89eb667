package nl.schakel.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.cases.CaseId;
import nl.schakel.cases.CaseParts.InterventionType;
import nl.schakel.cases.CaseScope;
import nl.schakel.cases.CaseViewer;
import nl.schakel.cases.InterventionStatus;
import nl.schakel.cases.MilestoneStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Milestones, interventions and the intervention catalogue. */
@Repository
public class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record MilestoneRow(UUID id, CaseId caseId, String caseReference, String title, UUID ownerOrganisationId,
            @Nullable UUID ownerPersonId, LocalDate dueOn, MilestoneStatus status) {
    }

    public record InterventionRow(UUID id, CaseId caseId, String typeCode, int typeVersion, String legalArticle,
            CaseScope scope, InterventionStatus status, UUID executingOrganisationId, String decisionMaker,
            @Nullable LocalDate decidedOn, @Nullable LocalDate effectiveOn, @Nullable LocalDate endedOn,
            @Nullable Integer graceDays, @Nullable Long amountCents, @Nullable String endReason,
            boolean objectionPending, @Nullable String explanation) {
    }

    // ---- catalogue

    /** The newest active version of each type. */
    public List<InterventionType> catalogue() {
        return jdbc.sql("""
                select distinct on (code) code, version, legal_article, default_scope, has_amount
                from intervention_type where active order by code, version desc""")
                .query((rs, n) -> new InterventionType(rs.getString("code"), rs.getInt("version"),
                        rs.getString("legal_article"), CaseScope.valueOf(rs.getString("default_scope")),
                        rs.getBoolean("has_amount")))
                .list();
    }

    /** Every version of every type, newest first per type (the administrator's view). */
    public List<InterventionType> allVersions() {
        return jdbc.sql("""
                select code, version, legal_article, default_scope, has_amount
                from intervention_type order by code, version desc""")
                .query((rs, n) -> new InterventionType(rs.getString("code"), rs.getInt("version"),
                        rs.getString("legal_article"), CaseScope.valueOf(rs.getString("default_scope")),
                        rs.getBoolean("has_amount")))
                .list();
    }

    /** A new version of an existing type (0 for an unknown code); earlier versions stay, interventions keep theirs. */
    public int addVersion(String code, String legalArticle, CaseScope defaultScope, boolean hasAmount) {
        return jdbc.sql("""
                insert into intervention_type (code, version, legal_article, default_scope, has_amount)
                select code, max(version) + 1, ?, ?, ? from intervention_type where code = ? group by code
                returning version""")
                .params(legalArticle, defaultScope.name(), hasAmount, code)
                .query(Integer.class).optional().orElse(0);
    }

    // ---- milestones

    public void addMilestone(UUID id, CaseId caseId, String title, UUID ownerOrganisationId,
            @Nullable UUID ownerPersonId, LocalDate dueOn, @Nullable UUID interventionId, Instant now) {
        jdbc.sql("""
                insert into case_milestone (id, case_id, title, owner_organisation_id, owner_person_id, due_on,
                    status, intervention_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caseId.value(), title, ownerOrganisationId, ownerPersonId, dueOn,
                        MilestoneStatus.PLANNED.name(), interventionId,
                        CaseStore.at(now))
                .update();
    }

    /**
     * The milestones of a case the viewer may see: a milestone an intervention made (its begunstigingstermijn) is in
     * that intervention's scope, so a participant without the scope learns nothing of the intervention.
     */
    public List<MilestoneRow> milestones(CaseId caseId, Collection<CaseScope> scopes) {
        return jdbc.sql(MILESTONES + "\n" + """
                 where m.case_id = :case and (m.intervention_id is null or exists (select 1 from case_intervention i
                       where i.id = m.intervention_id and i.scope in (:scopes)))
                 order by m.due_on, m.title""")
                .param("case", caseId.value())
                .param("scopes", scopes.isEmpty() ? List.of("") : scopes.stream().map(Enum::name).toList())
                .query(PlanStore::milestone).list();
    }

    public Optional<MilestoneRow> milestone(CaseId caseId, UUID id) {
        return jdbc.sql(MILESTONES + " where m.case_id = ? and m.id = ?").params(caseId.value(), id)
                .query(PlanStore::milestone).optional();
    }

    /** The open milestones of the cases the viewer's organisation participates in, overdue first. */
    public List<MilestoneRow> openMilestones(CaseViewer viewer, LocalDate today) {
        return jdbc.sql(MILESTONES + " join case_file c on c.id = m.case_id where m.status in " + OPEN_MILESTONE
                        + " and " + Rows.PARTICIPATES + " and " + IN_VIEWER_SCOPE
                        + " order by (m.due_on >= :today), m.due_on, c.reference")
                .param("org", viewer.organisationId()).param("today", today).query(PlanStore::milestone).list();
    }

    public boolean moveMilestone(UUID id, MilestoneStatus from, MilestoneStatus to) {
        return jdbc.sql("update case_milestone set status = ? where id = ? and status = ?")
                .params(to.name(), id, from.name()).update() == 1;
    }

    /** Claims the open milestones whose due date passed and that were not yet reported, each once. */
    public List<MilestoneRow> claimOverdue(LocalDate today, Instant now) {
        List<UUID> ids = jdbc.sql("""
                update case_milestone set overdue_notified_at = ?
                where status in %s and due_on < ? and overdue_notified_at is null
                returning id""".formatted(OPEN_MILESTONE))
                .params(CaseStore.at(now), today).query(UUID.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(MILESTONES + " where m.id in (:ids)").param("ids", ids).query(PlanStore::milestone).list();
    }

    // ---- interventions

    public void addIntervention(UUID id, CaseId caseId, InterventionType type, CaseScope scope,
            UUID executingOrganisationId, String decisionMaker, @Nullable Integer graceDays,
            @Nullable Long amountCents, @Nullable String explanation, Instant now) {
        jdbc.sql("""
                insert into case_intervention (id, case_id, type_code, type_version, scope, status,
                    executing_organisation_id, decision_maker, grace_days, amount_cents, explanation, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caseId.value(), type.code(), type.version(), scope.name(),
                        InterventionStatus.PROPOSED.name(), executingOrganisationId,
                        decisionMaker, graceDays, amountCents, explanation, CaseStore.at(now))
                .update();
    }

    /** The interventions in these scopes; the others do not exist for the caller. */
    public List<InterventionRow> interventions(CaseId caseId, Collection<CaseScope> scopes) {
        if (scopes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(INTERVENTIONS + " where i.case_id = :case and i.scope in (:scopes) order by i.created_at")
                .param("case", caseId.value()).param("scopes", scopes.stream().map(Enum::name).toList())
                .query(PlanStore::intervention).list();
    }

    public Optional<InterventionRow> intervention(CaseId caseId, UUID id, Collection<CaseScope> scopes) {
        if (scopes.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(INTERVENTIONS + " where i.case_id = :case and i.id = :id and i.scope in (:scopes)")
                .param("case", caseId.value()).param("id", id)
                .param("scopes", scopes.stream().map(Enum::name).toList())
                .query(PlanStore::intervention).optional();
    }

    public boolean moveIntervention(UUID id, InterventionStatus from, InterventionStatus to,
            @Nullable LocalDate decidedOn, @Nullable LocalDate effectiveOn, @Nullable LocalDate endedOn,
            @Nullable String endReason) {
        return jdbc.sql("""
                update case_intervention set status = ?, decided_on = coalesce(?, decided_on),
                    effective_on = coalesce(?, effective_on), ended_on = coalesce(?, ended_on),
                    end_reason = coalesce(?, end_reason)
                where id = ? and status = ?""")
                .params(to.name(), decidedOn, effectiveOn, endedOn, endReason, id, from.name()).update() == 1;
    }

    public void setObjectionPending(UUID id, boolean pending) {
        jdbc.sql("update case_intervention set objection_pending = ? where id = ?").params(pending, id).update();
    }

    /** A milestone of case {@code c} not made by an intervention, or made by one in a scope the viewer holds there. */
    /** The open milestone statuses as an SQL list, from the type that decides what is open. */
    private static final String OPEN_MILESTONE = java.util.Arrays.stream(MilestoneStatus.values())
            .filter(MilestoneStatus::isOpen).map(status -> "'" + status.name() + "'")
            .collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    private static final String IN_VIEWER_SCOPE = """
            (m.intervention_id is null or exists (select 1 from case_intervention i join case_participant p
                 on p.case_id = i.case_id and p.organisation_id = :org
                 and p.starts_on <= :today and (p.ends_on is null or p.ends_on >= :today)
             where i.id = m.intervention_id and i.scope = any(p.scopes)))""";

    private static final String MILESTONES = """
            select m.id, m.case_id, (select reference from case_file f where f.id = m.case_id) as case_reference,
                   m.title, m.owner_organisation_id, m.owner_person_id, m.due_on, m.status
            from case_milestone m""";

    private static final String INTERVENTIONS = """
            select i.*, t.legal_article from case_intervention i
            join intervention_type t on t.code = i.type_code and t.version = i.type_version""";

    private static MilestoneRow milestone(ResultSet rs, int n) throws SQLException {
        return new MilestoneRow(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                rs.getString("case_reference"), rs.getString("title"), rs.getObject("owner_organisation_id", UUID.class),
                rs.getObject("owner_person_id", UUID.class), rs.getObject("due_on", LocalDate.class),
                MilestoneStatus.valueOf(rs.getString("status")));
    }

    private static InterventionRow intervention(ResultSet rs, int n) throws SQLException {
        return new InterventionRow(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                rs.getString("type_code"), rs.getInt("type_version"), rs.getString("legal_article"),
                CaseScope.valueOf(rs.getString("scope")), InterventionStatus.valueOf(rs.getString("status")),
                rs.getObject("executing_organisation_id", UUID.class), rs.getString("decision_maker"),
                rs.getObject("decided_on", LocalDate.class), rs.getObject("effective_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), rs.getObject("grace_days", Integer.class), rs.getObject("amount_cents", Long.class),
                rs.getString("end_reason"), rs.getBoolean("objection_pending"), rs.getString("explanation"));
    }
}
