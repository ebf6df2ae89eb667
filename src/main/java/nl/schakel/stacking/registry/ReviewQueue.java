package nl.schakel.stacking.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What waits for an organisation's review, counted in SQL (issue 16). Stacking keeps which organisation holds each
 * linked signal ({@code subject_signal_holder}), so the rule of {@code stacking.StackLens} — an organisation may
 * review a link only when both persons are mentioned, and only by signals it holds — is a query by organisation
 * here instead of a look at every proposal of the region.
 */
@Component
public class ReviewQueue {

    private final JdbcClient jdbc;

    ReviewQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the organisation that holds a signal, before its subjects are linked; once per signal. */
    void held(UUID signal, UUID organisation) {
        jdbc.sql("insert into subject_signal_holder (signal_id, organisation_id) values (?, ?) on conflict do nothing")
                .params(signal, organisation).update();
    }

    /**
     * The organisation's signals with open proposals it may review, and how many each: the signal is held by the
     * organisation, and each of the two persons is mentioned, by no signal held elsewhere.
     */
    public Map<UUID, Integer> reviewableBy(UUID organisation) {
        Map<UUID, Integer> signals = new LinkedHashMap<>();
        jdbc.sql("""
                select p.signal_id, count(*) as proposals from subject_proposal p
                join subject_signal_holder h on h.signal_id = p.signal_id
                where p.status = :open and h.organisation_id = :organisation
                  and exists (select 1 from subject_mention m where m.subject_id = p.subject_id)
                  and exists (select 1 from subject_mention m where m.subject_id = p.candidate_id)
                  and not exists (select 1 from subject_mention m
                      join subject_signal_holder o on o.signal_id = m.signal_id
                      where m.subject_id in (p.subject_id, p.candidate_id) and o.organisation_id <> :organisation)
                group by p.signal_id order by min(p.created_at)""")
                .param("organisation", organisation).param("open", ProposalStatus.OPEN.name())
                .query(rs -> {
                    signals.put(rs.getObject("signal_id", UUID.class), rs.getInt("proposals"));
                });
        return signals;
    }
}
