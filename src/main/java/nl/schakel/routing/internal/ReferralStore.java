package nl.schakel.routing.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schakel.access.UserDirectory;
import nl.schakel.organisations.Organisations;
import nl.schakel.routing.LegalBasis;
import nl.schakel.routing.ReferralId;
import nl.schakel.routing.ReferralStatus;
import nl.schakel.routing.ReferralSummary;
import nl.schakel.routing.ReferralTally;
import nl.schakel.routing.SharedPart;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes referrals. Who may see which referral is decided in the SQL of each query. */
@Component
public class ReferralStore {

    /** The open statuses as an SQL list, from the type that decides what is open. */
    static final String OPEN = java.util.Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isOpen)
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    private static final String SELECT = "select r.* from referral r";

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final UserDirectory users;

    ReferralStore(JdbcClient jdbc, Organisations organisations, UserDirectory users) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.users = users;
    }

    /** What is stored for a new referral. */
    public record NewReferral(ReferralId id, SignalId signalId, UUID regionId, UUID sendingOrganisationId,
            UUID partnerOrganisationId, LegalBasis legalBasis, @Nullable String legalBasisText, Set<SharedPart> parts,
            @Nullable String note, LocalDate feedbackDue, Instant dueAt, UUID createdBy) {
    }

    public void insert(NewReferral r, Instant now) {
        jdbc.sql("""
                insert into referral (id, signal_id, region_id, sending_organisation_id, partner_organisation_id, status,
                    legal_basis, legal_basis_text, parts, note, feedback_due, due_at, created_by, created_at, updated_at)
                values (:id, :signal, :region, :sending, :partner, :status, :basis, :basisText, cast(:parts as text[]), :note, :due,
                    :dueAt, :createdBy, :now, :now)""")
                .param("id", r.id().value()).param("signal", r.signalId().value()).param("region", r.regionId())
                .param("sending", r.sendingOrganisationId()).param("partner", r.partnerOrganisationId())
                .param("status", ReferralStatus.SENT.name()).param("basis", r.legalBasis().name()).param("basisText", r.legalBasisText())
                .param("parts", "{" + r.parts().stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "}")
                .param("note", r.note()).param("due", r.feedbackDue()).param("dueAt", utc(r.dueAt()))
                .param("createdBy", r.createdBy()).param("now", utc(now))
                .update();
    }

    public Optional<ReferralRow> find(ReferralId id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id.value()).query(ReferralStore::row).optional()
                .map(row -> named(List.of(row)).get(0));
    }

    /** The referral, if it was sent to this partner and not revoked. */
    public Optional<ReferralRow> findForPartner(ReferralId id, UUID partnerOrganisationId) {
        return jdbc.sql(SELECT + " where r.id = ? and r.partner_organisation_id = ? and r.status <> ?")
                .params(id.value(), partnerOrganisationId, ReferralStatus.REVOKED.name()).query(ReferralStore::row).optional()
                .map(row -> named(List.of(row)).get(0));
    }

    /** The referral, if it was sent by this organisation. */
    public Optional<ReferralRow> findForSender(ReferralId id, UUID sendingOrganisationId) {
        return jdbc.sql(SELECT + " where r.id = ? and r.sending_organisation_id = ?")
                .params(id.value(), sendingOrganisationId).query(ReferralStore::row).optional()
                .map(row -> named(List.of(row)).get(0));
    }

    /** Referrals to a partner, open ones first, then by due date. Revoked ones are gone for the partner. */
    public List<ReferralRow> forPartner(UUID partnerOrganisationId) {
        return named(jdbc.sql(SELECT + " where r.partner_organisation_id = ? and r.status <> ? "
                        + "order by (r.status in " + OPEN + ") desc, r.due_at, r.created_at desc")
                .params(partnerOrganisationId, ReferralStatus.REVOKED.name()).query(ReferralStore::row).list());
    }

    public List<ReferralRow> forSignal(SignalId signal, UUID sendingOrganisationId) {
        return named(jdbc.sql(SELECT + " where r.signal_id = ? and r.sending_organisation_id = ? order by r.created_at")
                .params(signal.value(), sendingOrganisationId).query(ReferralStore::row).list());
    }

    public boolean hasOpen(SignalId signal) {
        return jdbc.sql("select exists (select 1 from referral where signal_id = ? and status in " + OPEN + ")")
                .param(signal.value()).query(Boolean.class).single();
    }

    public boolean hasOpen(SignalId signal, UUID partnerOrganisationId) {
        return jdbc.sql("select exists (select 1 from referral where signal_id = ? and partner_organisation_id = ? "
                        + "and status in " + OPEN + ")")
                .params(signal.value(), partnerOrganisationId).query(Boolean.class).single();
    }

    public Optional<ReferralId> openTo(SignalId signal, UUID partnerOrganisationId) {
        return jdbc.sql("select id from referral where signal_id = ? and partner_organisation_id = ? and status in "
                        + OPEN).params(signal.value(), partnerOrganisationId)
                .query((rs, n) -> new ReferralId(rs.getObject("id", UUID.class))).optional();
    }

    /** Moves the referral only when it is still in the state read before: a concurrent change wins. */
    public boolean move(ReferralId id, ReferralStatus from, ReferralStatus to, Instant now) {
        return jdbc.sql("update referral set status = ?, updated_at = ? where id = ? and status = ?")
                .params(to.name(), utc(now), id.value(), from.name()).update() == 1;
    }

    public void decline(ReferralId id, String reason, @Nullable UUID proposedPartner) {
        jdbc.sql("update referral set decline_reason = ?, proposed_partner_id = ? where id = ?")
                .params(reason, proposedPartner, id.value()).update();
    }

    public void recordEvent(ReferralId id, ReferralStatus status, Actor actor, Instant at) {
        jdbc.sql("""
                insert into referral_event (id, referral_id, status, actor_kind, user_id, api_token_id, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id.value(), status.name(), actor.kind(), actor.userId(), actor.apiTokenId(),
                        utc(at))
                .update();
    }

    /** The referral's steps; who took each is named through {@link UserDirectory}, not by joining its table. */
    public List<ReferralSummary.HistoryEntry> history(ReferralId id) {
        record Step(ReferralStatus status, Instant at, @Nullable UUID userId, String actorKind) {
        }
        List<Step> steps = jdbc.sql("""
                select status, occurred_at, actor_kind, user_id from referral_event
                where referral_id = ? order by occurred_at, id""")
                .param(id.value())
                .query((rs, n) -> new Step(ReferralStatus.valueOf(rs.getString("status")),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getObject("user_id", UUID.class),
                        rs.getString("actor_kind")))
                .list();
        Map<UUID, String> names = users.displayNames(steps.stream().map(Step::userId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return steps.stream().map(step -> new ReferralSummary.HistoryEntry(step.status(), step.at(),
                step.userId() == null ? null : names.get(step.userId()), step.actorKind())).toList();
    }

    /** Counts per signal, one query. */
    public Map<SignalId, ReferralTally> tallies(UUID sendingOrganisationId, Collection<SignalId> signals, Instant now) {
        if (signals.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select signal_id, count(*) as total,
                    count(*) filter (where status in %1$s) as open,
                    count(*) filter (where status in %1$s and due_at < :now) as overdue,
                    count(*) filter (where feedback is not null) as feedback_given
                from referral where sending_organisation_id = :org and signal_id in (:ids) group by signal_id"""
                        .formatted(OPEN))
                .param("now", utc(now)).param("org", sendingOrganisationId)
                .param("ids", signals.stream().map(SignalId::value).toList())
                .query((rs, n) -> Map.entry(new SignalId(rs.getObject("signal_id", UUID.class)),
                        new ReferralTally(rs.getInt("total"), rs.getInt("open"), rs.getInt("overdue"),
                                rs.getInt("feedback_given"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Open referrals past their due moment that nobody was told about yet; marks them told. */
    public List<ReferralRow> claimOverdue(Instant now) {
        List<UUID> ids = jdbc.sql("update referral set overdue_notified_at = :now where status in " + OPEN
                        + " and due_at < :now and overdue_notified_at is null returning id")
                .param("now", utc(now)).query(UUID.class).list();
        return rows(ids);
    }

    /** Open referrals due within the next day whose partner was not reminded yet; marks them reminded. */
    public List<ReferralRow> claimDueSoon(Instant now, Instant horizon) {
        List<UUID> ids = jdbc.sql("update referral set reminder_sent_at = :now where status in " + OPEN
                        + " and due_at >= :now and due_at < :horizon and reminder_sent_at is null returning id")
                .param("now", utc(now)).param("horizon", utc(horizon)).query(UUID.class).list();
        return rows(ids);
    }

    private List<ReferralRow> rows(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return named(jdbc.sql(SELECT + " where r.id in (:ids)").param("ids", ids).query(ReferralStore::row).list());
    }

    /** Who sent the referral: the officer's user id, if recorded. */
    public Optional<UUID> sentBy(ReferralId id) {
        return jdbc.sql("select created_by from referral where id = ? and created_by is not null").param(id.value())
                .query(UUID.class).optional();
    }

    /** The rows with their organisations' names, read through {@link Organisations}, not by joining its table. */
    private List<ReferralRow> named(List<ReferralRow> rows) {
        Set<UUID> ids = new HashSet<>();
        for (ReferralRow row : rows) {
            ids.add(row.sendingOrganisationId());
            ids.add(row.partnerOrganisationId());
            if (row.proposedPartnerId() != null) {
                ids.add(row.proposedPartnerId());
            }
        }
        Map<UUID, String> names = organisations.namesOf(ids);
        return rows.stream().map(row -> row.withNames(names)).toList();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static ReferralRow row(ResultSet rs, int n) throws SQLException {
        return new ReferralRow(new ReferralId(rs.getObject("id", UUID.class)),
                new SignalId(rs.getObject("signal_id", UUID.class)), rs.getObject("region_id", UUID.class),
                rs.getObject("sending_organisation_id", UUID.class), "",
                rs.getObject("partner_organisation_id", UUID.class), "",
                ReferralStatus.valueOf(rs.getString("status")), LegalBasis.valueOf(rs.getString("legal_basis")),
                rs.getString("legal_basis_text"), parts(rs.getArray("parts")), rs.getString("note"),
                rs.getObject("feedback_due", LocalDate.class),
                rs.getObject("due_at", OffsetDateTime.class).toInstant(), rs.getString("decline_reason"),
                rs.getString("feedback"), rs.getObject("proposed_partner_id", UUID.class),
                null, rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static Set<SharedPart> parts(Array array) throws SQLException {
        Set<SharedPart> parts = EnumSet.noneOf(SharedPart.class);
        for (Object value : (Object[]) array.getArray()) {
            parts.add(SharedPart.valueOf(value.toString()));
        }
        return parts;
    }
}
