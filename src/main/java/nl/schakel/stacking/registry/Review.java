package nl.schakel.stacking.registry;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.stacking.Evidence;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The officer's decisions on proposed links. Confirming merges the new person into the known one (the
 * moved mentions are kept, so the merge can be split again); rejecting closes the pair for good: the
 * pair is unique, so it is never proposed again.
 */
@Component
public class Review {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Escalation escalation;

    Review(JdbcClient jdbc, JsonMapper json, Clock clock, Escalation escalation) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.escalation = escalation;
    }

    /** An open proposal touching a signal, with the matcher's explanation. */
    public record Proposal(UUID id, UUID subjectId, String label, UUID candidateId, String candidateLabel,
            double score, List<Evidence> evidence) {
    }

    /**
     * A merge that can still be split, as seen from one of its signals.
     *
     * @param label     the merged person as that signal describes it (null for mentions stored before V17_1)
     * @param intoLabel the registry's label of the person merged into: another signal's words, for
     *                  {@code stacking.StackLens} to decide whether the viewer may see it
     */
    public record Merge(UUID id, UUID fromSubject, UUID intoSubject, @Nullable String label, String intoLabel) {
    }

    public List<Proposal> openFor(UUID signal) {
        return jdbc.sql("""
                select p.id, p.subject_id, s.label, p.candidate_id, c.label as candidate_label, p.score,
                    p.evidence::text as evidence
                from subject_proposal p join subject s on s.id = p.subject_id join subject c on c.id = p.candidate_id
                where p.status = ? and p.signal_id = ? order by p.score desc""")
                .params(ProposalStatus.OPEN.name(), signal)
                .query((rs, n) -> new Proposal(rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class),
                        rs.getString("label"), rs.getObject("candidate_id", UUID.class),
                        rs.getString("candidate_label"), rs.getDouble("score"),
                        Arrays.asList(json.readValue(rs.getString("evidence"), Evidence[].class))))
                .list();
    }

    public List<Merge> mergesFor(UUID signal) {
        return jdbc.sql("""
                select m.id, m.from_subject, m.into_subject, sm.label, i.label as into_label from subject_merge m
                join subject i on i.id = m.into_subject
                left join subject_mention sm on sm.signal_id = ? and sm.subject_id = m.into_subject
                where m.split_at is null and ? = any (m.signal_ids) order by m.merged_at""")
                .params(signal, signal)
                .query((rs, n) -> new Merge(rs.getObject("id", UUID.class), rs.getObject("from_subject", UUID.class),
                        rs.getObject("into_subject", UUID.class), rs.getString("label"),
                        rs.getString("into_label")))
                .list();
    }

    /** Confirms an open proposal of this signal; returns the merge, or empty when there is none to confirm. */
    public Optional<UUID> confirm(UUID signal, UUID proposal, UUID user) {
        Optional<Proposal> open = openFor(signal).stream().filter(p -> p.id().equals(proposal)).findFirst();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        UUID from = open.get().subjectId();
        UUID into = mergedInto(open.get().candidateId());
        List<UUID> moved = jdbc.sql("select signal_id from subject_mention where subject_id = ?").param(from)
                .query(UUID.class).list();
        jdbc.sql("""
                insert into subject_mention (signal_id, subject_id, outcome, score, evidence, label)
                select signal_id, ?, ?, ?, (select evidence from subject_proposal where id = ?), label
                from subject_mention where subject_id = ? on conflict do nothing""")
                .params(into, MentionOutcome.LINKED.name(), open.get().score(), proposal, from).update();
        jdbc.sql("delete from subject_mention where subject_id = ?").param(from).update();
        decide(proposal, ProposalStatus.CONFIRMED, user);
        UUID merge = UUID.randomUUID();
        jdbc.sql("""
                insert into subject_merge (id, proposal_id, from_subject, into_subject, signal_ids, merged_by, merged_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(merge, proposal, from, into, moved.toArray(UUID[]::new), user, OffsetDateTime.now(clock))
                .update();
        escalation.afterMerge(from, into);
        return Optional.of(merge);
    }

    public boolean reject(UUID signal, UUID proposal, UUID user) {
        Optional<Proposal> open = openFor(signal).stream().filter(p -> p.id().equals(proposal)).findFirst();
        if (open.isEmpty()) {
            return false;
        }
        decide(proposal, ProposalStatus.REJECTED, user);
        escalation.afterReview(open.get().subjectId(), open.get().candidateId());
        return true;
    }

    /** Undoes a merge of this signal: its mentions go back to the person they were first linked to. */
    public boolean split(UUID signal, UUID merge, UUID user) {
        if (mergesFor(signal).stream().noneMatch(m -> m.id().equals(merge))) {
            return false;
        }
        jdbc.sql("""
                insert into subject_mention (signal_id, subject_id, outcome, label)
                select s.signal_id, m.from_subject, ?, sm.label
                from subject_merge m cross join unnest(m.signal_ids) as s(signal_id)
                left join subject_mention sm on sm.subject_id = m.into_subject and sm.signal_id = s.signal_id
                where m.id = ? on conflict do nothing""").params(MentionOutcome.NEW.name(), merge).update();
        jdbc.sql("""
                delete from subject_mention sm using subject_merge m
                where m.id = ? and sm.subject_id = m.into_subject and sm.signal_id = any (m.signal_ids)""")
                .param(merge).update();
        jdbc.sql("update subject_merge set split_by = ?, split_at = ? where id = ?")
                .params(user, OffsetDateTime.now(clock), merge).update();
        jdbc.sql("update subject_proposal set status = ? where status = ? and id = (select proposal_id "
                + "from subject_merge where id = ?)")
                .params(ProposalStatus.CONFIRMED.moveTo(ProposalStatus.REJECTED).name(),
                        ProposalStatus.CONFIRMED.name(), merge).update();
        jdbc.sql("select from_subject, into_subject from subject_merge where id = ?").param(merge)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).optional()
                .ifPresent(pair -> escalation.afterReview(pair[1], pair[0]));
        return true;
    }

    /** The person a subject was merged into, following merges that were not split; the subject itself if none. */
    private UUID mergedInto(UUID subject) {
        return jdbc.sql("""
                with recursive chain(id, depth) as (
                    select cast(? as uuid), 0
                    union all
                    select m.into_subject, c.depth + 1 from chain c
                    join subject_merge m on m.from_subject = c.id and m.split_at is null where c.depth < 20)
                select id from chain order by depth desc limit 1""").param(subject).query(UUID.class).single();
    }

    private void decide(UUID proposal, ProposalStatus status, UUID user) {
        jdbc.sql("update subject_proposal set status = ?, decided_by = ?, decided_at = ? where id = ? and status = ?")
                .params(ProposalStatus.OPEN.moveTo(status).name(), user, OffsetDateTime.now(clock), proposal,
                        ProposalStatus.OPEN.name()).update();
    }
}
