package nl.schakel.routing.internal;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.routing.ReferralId;
import nl.schakel.routing.SharedPart;
import nl.schakel.routing.SharedReferral;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The captured parts of referrals (decision 0035): written once when a referral is sent, read by its partner. */
@Component
public class PartEntries {

    private final JdbcClient jdbc;

    PartEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void capture(ReferralId referral, SharedPart part, List<SharedReferral.Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            SharedReferral.Entry entry = entries.get(i);
            jdbc.sql("""
                    insert into referral_part_entry (id, referral_id, part, position, kind, body, detail, occurred_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), referral.value(), part.name(), i, entry.kind(), entry.text(),
                            entry.detail(), entry.at() == null ? null : ReferralStore.utc(entry.at()))
                    .update();
        }
    }

    /** The captured entries of one referral per part, in the order they were captured. */
    public Map<SharedPart, List<SharedReferral.Entry>> of(ReferralId referral) {
        Map<SharedPart, List<SharedReferral.Entry>> parts = new EnumMap<>(SharedPart.class);
        jdbc.sql("""
                select part, kind, body, detail, occurred_at from referral_part_entry where referral_id = ?
                order by part, position""")
                .param(referral.value())
                .query((rs, n) -> {
                    OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
                    return Map.entry(SharedPart.valueOf(rs.getString("part")), new SharedReferral.Entry(
                            rs.getString("kind"), rs.getString("body"), rs.getString("detail"),
                            at == null ? null : at.toInstant()));
                })
                .list()
                .forEach(e -> parts.computeIfAbsent(e.getKey(), p -> new java.util.ArrayList<>()).add(e.getValue()));
        return parts;
    }
}
