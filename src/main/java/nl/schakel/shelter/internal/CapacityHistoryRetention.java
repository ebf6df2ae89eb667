package nl.schakel.shelter.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import nl.schakel.retention.AppendOnlyPurge;
import nl.schakel.retention.Due;
import nl.schakel.retention.PolicyRule;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetainedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Retention of capacity history (issue 15): a history row whose period, counted from the day it was recorded, has
 * passed is deleted; the current figures stay. A row's number is its record id on the destruction list (in the
 * low bits of a UUID). The append-only trigger lets only this transaction delete (V39_0).
 */
@Component
class CapacityHistoryRetention implements RetainedRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    CapacityHistoryRetention(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public RecordType type() {
        return RecordType.CAPACITY_HISTORY;
    }

    /** The destruction list's id of a history row. */
    static UUID recordId(long row) {
        return new UUID(0L, row);
    }

    @Override
    public List<Due> due(PolicyRule rule, LocalDate lastSourceDate, int limit) {
        ZoneId zone = clock.getZone();
        return jdbc.sql("""
                select id, recorded_at from capacity_history where recorded_at >= ? and recorded_at < ?
                order by recorded_at, id limit ?""")
                .params(rule.from(zone), PolicyRule.before(lastSourceDate, zone), limit)
                .query((rs, n) -> Due.at(recordId(rs.getLong("id")), rs.getObject("recorded_at", OffsetDateTime.class),
                        zone, null))
                .list();
    }

    /** A history row is figures, a cause and who: nothing to keep apart, so anonymising deletes too. */
    @Override
    public void anonymise(UUID id) {
        delete(id);
    }

    @Override
    public void delete(UUID id) {
        AppendOnlyPurge.run(jdbc, () -> jdbc.sql("delete from capacity_history where id = ?")
                .param(id.getLeastSignificantBits()).update());
    }
}
