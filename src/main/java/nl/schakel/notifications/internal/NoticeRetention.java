package nl.schakel.notifications.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import nl.schakel.retention.Due;
import nl.schakel.retention.PolicyRule;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetainedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Retention of notices (issue 15): a notice that was read is deleted once its period, counted from the day it was
 * read, has passed; an unread notice is kept. A notice holds nothing worth a skeleton, so anonymising deletes too.
 */
@Component
class NoticeRetention implements RetainedRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    NoticeRetention(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public RecordType type() {
        return RecordType.NOTICE;
    }

    @Override
    public List<Due> due(PolicyRule rule, LocalDate lastSourceDate, int limit) {
        ZoneId zone = clock.getZone();
        return jdbc.sql("""
                select id, read_at from notice where read_at >= ? and read_at < ? order by read_at limit ?""")
                .params(rule.from(zone), PolicyRule.before(lastSourceDate, zone), limit)
                .query((rs, n) -> Due.at(rs.getObject("id", UUID.class), rs.getObject("read_at", OffsetDateTime.class),
                        zone, null))
                .list();
    }

    @Override
    public void anonymise(UUID id) {
        delete(id);
    }

    @Override
    public void delete(UUID id) {
        jdbc.sql("delete from notice where id = ?").param(id).update();
    }
}
