package nl.schakel.meetings.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.schakel.retention.Due;
import nl.schakel.retention.PolicyRule;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetainedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Retention of meeting minutes (issue 15): once the period after the day a meeting was held has passed, the free
 * text of its agenda (a theme's title) and of its finished actions is removed; the meeting, its attendance, the
 * items and their decisions (codes) stay. An action that is not done still carries over, so its text is kept.
 */
@Component
class MeetingMinutesRetention implements RetainedRecords {

    private static final String HAS_TEXT = """
            (exists (select 1 from agenda_item i where i.meeting_id = m.id and coalesce(i.title, '') <> '')
             or exists (select 1 from meeting_action a where a.meeting_id = m.id and a.done_at is not null
                        and a.description <> ''))""";

    private final JdbcClient jdbc;

    MeetingMinutesRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RecordType type() {
        return RecordType.MEETING_MINUTES;
    }

    @Override
    public List<Due> due(PolicyRule rule, LocalDate lastSourceDate, int limit) {
        return jdbc.sql("select m.id, m.held_on from meeting m where m.held_on >= ? and m.held_on <= ? and "
                        + HAS_TEXT + " order by m.held_on limit ?")
                .params(rule.sourceFrom(), lastSourceDate, limit)
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
                        null)).list();
    }

    @Override
    public void anonymise(UUID id) {
        jdbc.sql("update agenda_item set title = null where meeting_id = ? and title is not null").param(id).update();
        jdbc.sql("update meeting_action set description = '' where meeting_id = ? and done_at is not null")
                .param(id).update();
    }

    /** The meeting itself is part of the calendar and the actions' history: deleting removes its text as well. */
    @Override
    public void delete(UUID id) {
        anonymise(id);
    }
}
