package nl.schakel.routing.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.organisations.Organisations;
import nl.schakel.routing.ReferralId;
import nl.schakel.routing.SharedReferral;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The feedback partners gave on referrals, every one of them (issue 16 item 3); the organisation that gave it is named
 * through {@link Organisations}, not by joining its table. Callers decide who may read it.
 */
@Component
public class FeedbackEntries {

    private final JdbcClient jdbc;
    private final Organisations organisations;

    FeedbackEntries(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** Records one feedback and keeps it as the referral's latest. */
    public void add(ReferralRow referral, String body, Actor actor, Instant at) {
        jdbc.sql("""
                insert into referral_feedback (id, referral_id, body, organisation_id, actor_kind, user_id, given_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), referral.id().value(), body, referral.partnerOrganisationId(), actor.kind(),
                        actor.userId(), ReferralStore.utc(at))
                .update();
        jdbc.sql("update referral set feedback = ? where id = ?").params(body, referral.id().value()).update();
    }

    public List<SharedReferral.FeedbackEntry> of(ReferralId referral) {
        return of(List.of(referral)).getOrDefault(referral, List.of());
    }

    /** The feedback on these referrals, oldest first per referral. */
    public Map<ReferralId, List<SharedReferral.FeedbackEntry>> of(Collection<ReferralId> referrals) {
        if (referrals.isEmpty()) {
            return Map.of();
        }
        record Row(ReferralId referral, String body, Instant at, UUID organisation) {
        }
        List<Row> rows = jdbc.sql("""
                select referral_id, body, given_at, organisation_id from referral_feedback
                where referral_id in (:ids) order by given_at, id""")
                .param("ids", referrals.stream().map(ReferralId::value).toList())
                .query((rs, n) -> new Row(new ReferralId(rs.getObject("referral_id", UUID.class)), rs.getString("body"),
                        rs.getObject("given_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("organisation_id", UUID.class)))
                .list();
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.organisation()));
        Map<UUID, String> names = organisations.namesOf(ids);
        Map<ReferralId, List<SharedReferral.FeedbackEntry>> entries = new LinkedHashMap<>();
        rows.forEach(r -> entries.computeIfAbsent(r.referral(), k -> new java.util.ArrayList<>())
                .add(new SharedReferral.FeedbackEntry(r.body(), r.at(), names.getOrDefault(r.organisation(), ""))));
        return entries;
    }
}
