package nl.schakel.stacking.registry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.stacking.EscalatedLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The escalations in PostgreSQL, with the signals each counts, and the persons probably the same as a subject. */
@Component
class EscalationStore {

    /** How many persons a probable cluster may hold: a chain of proposals is bounded, however it grows. */
    private static final int CLUSTER_LIMIT = 100;

    private final JdbcClient jdbc;

    EscalationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An escalation as stored: its counts and, per signal it counted once, how that signal is linked now. */
    record Stored(UUID subjectId, int signals, int reporters, int organisations, double score, Instant escalatedAt,
            Map<UUID, EscalatedLink> links) {
    }

    /**
     * The subject and every person probably the same: reachable over open proposals and unsplit merges (a person
     * merged away keeps its proposals), oldest first.
     */
    List<UUID> cluster(UUID subject) {
        return jdbc.sql("""
                with recursive cluster(id) as (
                    select cast(:subject as uuid)
                    union
                    select case when l.a = c.id then l.b else l.a end from cluster c
                    join (select subject_id as a, candidate_id as b from subject_proposal where status = :open
                          union all
                          select from_subject, into_subject from subject_merge where split_at is null) l
                      on l.a = c.id or l.b = c.id)
                select c.id from cluster c join subject s on s.id = c.id order by s.created_at, s.id limit :limit""")
                .param("subject", subject).param("open", ProposalStatus.OPEN.name()).param("limit", CLUSTER_LIMIT)
                .query(UUID.class).list();
    }

    /** For each signal mentioning one of these subjects: the subject it mentions, the first in the order given. */
    Map<UUID, UUID> mentioning(List<UUID> subjects) {
        Map<UUID, UUID> bySignal = new LinkedHashMap<>();
        List<UUID[]> rows = jdbc.sql("select signal_id, subject_id from subject_mention where subject_id = any(?)")
                .param(subjects.toArray(UUID[]::new))
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
        for (UUID subject : subjects) {
            rows.stream().filter(r -> r[1].equals(subject)).forEach(r -> bySignal.putIfAbsent(r[0], subject));
        }
        return bySignal;
    }

    /** The first escalation among these subjects, if any. */
    Optional<Stored> among(List<UUID> subjects) {
        return jdbc.sql("select subject_id from subject_escalation where subject_id = any(?) "
                        + "order by escalated_at, subject_id limit 1")
                .param(subjects.toArray(UUID[]::new)).query(UUID.class).optional().flatMap(this::find);
    }

    /** The escalation that counted this signal once and no longer does, if any. */
    Optional<Stored> removing(UUID signal) {
        return jdbc.sql("select subject_id from subject_escalation_signal where signal_id = ? and link = ? limit 1")
                .params(signal, EscalatedLink.REMOVED.name()).query(UUID.class).optional().flatMap(this::find);
    }

    Optional<Stored> find(UUID subject) {
        Map<UUID, EscalatedLink> links = new LinkedHashMap<>();
        jdbc.sql("select signal_id, link from subject_escalation_signal where subject_id = ? order by signal_id")
                .param(subject).query(rs -> {
                    links.put(rs.getObject("signal_id", UUID.class), EscalatedLink.valueOf(rs.getString("link")));
                });
        return jdbc.sql("select signals, reporters, organisations, score, escalated_at from subject_escalation "
                        + "where subject_id = ?")
                .param(subject)
                .query((rs, n) -> new Stored(subject, rs.getInt("signals"), rs.getInt("reporters"),
                        rs.getInt("organisations"), rs.getDouble("score"),
                        rs.getObject("escalated_at", OffsetDateTime.class).toInstant(), Map.copyOf(links)))
                .optional();
    }

    /** Records a new escalation; false when the subject had one already (a concurrent evaluation made it). */
    boolean insert(UUID subject, UUID trigger, Escalation.Count count, Instant at) {
        int inserted = jdbc.sql("""
                insert into subject_escalation (subject_id, signal_id, signals, reporters, organisations, score,
                    escalated_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(subject, trigger, count.signals(), count.reporters(), count.organisations(), count.score(),
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
        if (inserted == 1) {
            links(subject, count.links());
        }
        return inserted == 1;
    }

    /** The escalation counted again: new counts; a signal it counted before and no longer counts is REMOVED. */
    void update(UUID subject, Escalation.Count count, Instant at) {
        jdbc.sql("""
                update subject_escalation set signals = ?, reporters = ?, organisations = ?, score = ?,
                    reevaluated_at = ? where subject_id = ?""")
                .params(count.signals(), count.reporters(), count.organisations(), count.score(),
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC), subject)
                .update();
        jdbc.sql("update subject_escalation_signal set link = ? where subject_id = ? and not (signal_id = any(?))")
                .params(EscalatedLink.REMOVED.name(), subject, count.links().keySet().toArray(UUID[]::new)).update();
        links(subject, count.links());
    }

    /** A merged-away subject's escalation moves to the person it was merged into, unless that one has its own. */
    void reanchor(UUID from, UUID into) {
        jdbc.sql("""
                update subject_escalation set subject_id = ? where subject_id = ?
                and not exists (select 1 from subject_escalation where subject_id = ?)""")
                .params(into, from, into).update();
    }

    /** Evaluations of escalations run one at a time, so that two signals at once do not both escalate. */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('subject_escalation'))").query((rs, n) -> 1).list();
    }

    private void links(UUID subject, Map<UUID, EscalatedLink> links) {
        List<String> names = new ArrayList<>();
        links.values().forEach(link -> names.add(link.name()));
        jdbc.sql("""
                insert into subject_escalation_signal (subject_id, signal_id, link)
                select ?, s, l from unnest(cast(? as uuid[]), cast(? as text[])) as x(s, l)
                on conflict (subject_id, signal_id) do update set link = excluded.link""")
                .params(subject, links.keySet().toArray(UUID[]::new), names.toArray(String[]::new)).update();
    }
}
