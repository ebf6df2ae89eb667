package nl.schakel.stacking.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.retention.Due;
import nl.schakel.retention.HoldReason;
import nl.schakel.retention.PolicyRule;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetainedParts;
import nl.schakel.retention.RetainedRecords;
import nl.schakel.retention.RetentionHolds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Retention of the subject registry (issue 15). Anonymising a signal removes its mentions and deletes the subjects
 * no other signal (and no held record) links to any more, so stacking never matches on them again. A subject's
 * own period counts from the last signal that named it; while a signal still names it, it is held with that
 * signal's hold (an open case, …) or, without one, as still linked.
 */
@Component
class SubjectRetention implements RetainedRecords {

    private final JdbcClient jdbc;
    private final RetentionHolds holds;
    private final Clock clock;

    SubjectRetention(JdbcClient jdbc, RetentionHolds holds, Clock clock) {
        this.jdbc = jdbc;
        this.holds = holds;
        this.clock = clock;
    }

    @Override
    public RecordType type() {
        return RecordType.SUBJECT;
    }

    @Override
    public List<Due> due(PolicyRule rule, LocalDate lastSourceDate, int limit) {
        ZoneId zone = clock.getZone();
        return jdbc.sql("""
                select s.id, coalesce(max(m.mentioned_at), s.created_at) last_mentioned
                from subject s left join subject_mention m on m.subject_id = s.id
                group by s.id having coalesce(max(m.mentioned_at), s.created_at) >= ?
                    and coalesce(max(m.mentioned_at), s.created_at) < ?
                order by 2 limit ?""")
                .params(rule.from(zone), PolicyRule.before(lastSourceDate, zone), limit)
                .query((rs, n) -> Due.at(rs.getObject("id", UUID.class),
                        rs.getObject("last_mentioned", OffsetDateTime.class), zone, null)).list();
    }

    @Override
    public Optional<HoldReason> held(UUID id, LocalDate today) {
        List<UUID> signals = jdbc.sql("select signal_id from subject_mention where subject_id = ? order by signal_id")
                .param(id).query(UUID.class).list();
        for (UUID signal : signals) {
            Optional<HoldReason> reason = holds.held(RecordType.SIGNAL, signal, today);
            if (reason.isPresent()) {
                return reason;
            }
        }
        return signals.isEmpty() ? Optional.empty() : Optional.of(HoldReason.LIVE_LINK);
    }

    /** A subject is only ever deleted: what identifies it is all it is. */
    @Override
    public void anonymise(UUID id) {
        delete(id);
    }

    @Override
    public void delete(UUID id) {
        deleteSubject(jdbc, id);
    }

    /**
     * Deletes a subject (its person row, keys and mentions go with it) and, when no person carries its surname any
     * more, that surname's spellings in the vocabulary of surnames (V44_0): a destroyed person leaves no name behind.
     */
    static void deleteSubject(JdbcClient jdbc, UUID id) {
        String surname = jdbc.sql("select surname_key from subject_person where subject_id = ?").param(id)
                .query(String.class).optional().orElse(null);
        jdbc.sql("delete from subject where id = ?").param(id).update();
        if (surname != null) {
            jdbc.sql("""
                    delete from surname_spelling where surname_key = ?
                    and not exists (select 1 from subject_person where surname_key = ?)""")
                    .params(surname, surname).update();
        }
    }

    /** The signal's part: its mentions go, and with them the subjects nothing else holds. */
    @Component
    static class SignalMentions implements RetainedParts {

        private final JdbcClient jdbc;
        private final RetentionHolds holds;
        private final Clock clock;

        SignalMentions(JdbcClient jdbc, RetentionHolds holds, Clock clock) {
            this.jdbc = jdbc;
            this.holds = holds;
            this.clock = clock;
        }

        @Override
        public RecordType type() {
            return RecordType.SIGNAL;
        }

        @Override
        public void anonymise(UUID signal) {
            List<UUID> subjects = jdbc.sql("select subject_id from subject_mention where signal_id = ?").param(signal)
                    .query(UUID.class).list();
            jdbc.sql("delete from subject_mention where signal_id = ?").param(signal).update();
            jdbc.sql("delete from subject_proposal where signal_id = ?").param(signal).update();
            jdbc.sql("delete from subject_escalation_signal where signal_id = ?").param(signal).update();
            jdbc.sql("update subject_merge set signal_ids = array_remove(signal_ids, ?) where ? = any(signal_ids)")
                    .params(signal, signal).update();
            LocalDate today = LocalDate.now(clock);
            for (UUID subject : subjects) {
                boolean linked = jdbc.sql("select count(*) from subject_mention where subject_id = ?").param(subject)
                        .query(Integer.class).single() > 0;
                if (!linked && holds.held(RecordType.SUBJECT, subject, today).isEmpty()) {
                    deleteSubject(jdbc, subject);
                }
            }
        }
    }
}
