package nl.schakel.shelter.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.schakel.shelter.CapacityFigure;
import nl.schakel.shelter.CapacityStatus;
import nl.schakel.shelter.CapacityUpdate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The capacity board: current figures per service, and their append-only history. */
@Component
public class CapacityStore {

    private final JdbcClient jdbc;

    CapacityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UUID, CapacityFigure> of(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from capacity where service_id in (:ids)").param("ids", serviceIds)
                .query(CapacityStore::row).list().stream()
                .collect(Collectors.toMap(CapacityFigure::serviceId, Function.identity()));
    }

    public Optional<CapacityFigure> find(UUID serviceId) {
        return jdbc.sql("select * from capacity where service_id = ?").param(serviceId).query(CapacityStore::row)
                .optional();
    }

    /** Sets the figures a provider reports, and appends them to the history. */
    public void report(UUID serviceId, CapacityUpdate u, @Nullable UUID by, Instant now) {
        jdbc.sql("""
                insert into capacity (service_id, unit, total, funded, available, reserved, waitlist, status,
                    updated_by, updated_at)
                values (:id, :unit, :total, :funded, :available, :reserved, :waitlist, :status, :by, :now)
                on conflict (service_id) do update set unit = excluded.unit, total = excluded.total,
                    funded = excluded.funded, available = excluded.available, reserved = excluded.reserved,
                    waitlist = excluded.waitlist, status = excluded.status, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at""")
                .param("id", serviceId).param("unit", u.unit()).param("total", u.total()).param("funded", u.funded())
                .param("available", u.available()).param("reserved", u.reserved()).param("waitlist", u.waitlist())
                .param("status", u.status().name()).param("by", by).param("now", utc(now)).update();
        appendHistory(serviceId, "REPORTED", by, now);
    }

    /**
     * Takes one free place, if there is one: a conditional update, so of two placements into the last place exactly
     * one gets it (the other waits for the row lock and then finds no place). Leaves {@code updated_at} alone: only
     * the provider's report makes a figure current.
     */
    public boolean takePlace(UUID serviceId, UUID by, Instant now) {
        int taken = jdbc.sql("""
                update capacity set available = available - 1,
                    status = case when available - 1 = 0 and status = ? then ? else status end
                where service_id = ? and available > 0""")
                .params(CapacityStatus.CAPACITY.name(), CapacityStatus.NO_CAPACITY.name(), serviceId).update();
        if (taken == 1) {
            appendHistory(serviceId, "PLACEMENT", by, now);
        }
        return taken == 1;
    }

    private void appendHistory(UUID serviceId, String cause, @Nullable UUID by, Instant now) {
        jdbc.sql("""
                insert into capacity_history (service_id, unit, total, funded, available, reserved, waitlist, status,
                    cause, recorded_by, recorded_at)
                select service_id, unit, total, funded, available, reserved, waitlist, status, :cause, :by, :now
                from capacity where service_id = :id""")
                .param("cause", cause).param("by", by).param("now", utc(now)).param("id", serviceId).update();
    }

    /** One history line. */
    public record HistoryLine(int available, int waitlist, CapacityStatus status, String cause, Instant at) {
    }

    public List<HistoryLine> history(UUID serviceId) {
        return jdbc.sql("""
                select available, waitlist, status, cause, recorded_at from capacity_history
                where service_id = ? order by recorded_at desc, id desc limit 50""").param(serviceId)
                .query((rs, n) -> new HistoryLine(rs.getInt("available"), rs.getInt("waitlist"),
                        CapacityStatus.valueOf(rs.getString("status")), rs.getString("cause"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Marks as reminded every figure not updated for a day and not yet reminded since its last update; returns their
     * service ids, each once per lapse.
     */
    public List<UUID> remindNotCurrent(Instant notUpdatedSince, Instant now) {
        return jdbc.sql("""
                update capacity set reminded_at = :now
                where updated_at < :since and (reminded_at is null or reminded_at < updated_at)
                returning service_id""")
                .param("now", utc(now)).param("since", utc(notUpdatedSince)).query(UUID.class).list();
    }

    static CapacityFigure row(ResultSet rs, int n) throws SQLException {
        return new CapacityFigure(rs.getObject("service_id", UUID.class), rs.getString("unit"), rs.getInt("total"),
                rs.getInt("funded"), rs.getInt("available"), rs.getInt("reserved"), rs.getInt("waitlist"),
                CapacityStatus.valueOf(rs.getString("status")), rs.getObject("updated_by", UUID.class),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
