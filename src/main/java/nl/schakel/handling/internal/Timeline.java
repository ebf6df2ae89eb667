package nl.schakel.handling.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.schakel.handling.TimelineKind;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The steps taken on a signal besides its status changes: codes and ids only. */
@Component
public class Timeline {

    private final JdbcClient jdbc;
    private final Clock clock;

    Timeline(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Step(TimelineKind kind, @Nullable String detail, @Nullable UUID actorId, @Nullable UUID organisationId,
            Instant at) {
    }

    public void add(SignalId signal, TimelineKind kind, @Nullable String detail, @Nullable UUID actor,
            @Nullable UUID organisation) {
        add(signal, kind, detail, actor, organisation, OffsetDateTime.now(clock));
    }

    public void add(SignalId signal, TimelineKind kind, @Nullable String detail, @Nullable UUID actor,
            @Nullable UUID organisation, OffsetDateTime at) {
        jdbc.sql("""
                insert into signal_timeline (id, signal_id, kind, detail, actor_id, organisation_id, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), signal.value(), kind.name(), detail, actor, organisation, at).update();
    }

    public List<Step> of(SignalId signal) {
        return jdbc.sql("select kind, detail, actor_id, organisation_id, occurred_at from signal_timeline "
                        + "where signal_id = ? order by occurred_at, id")
                .param(signal.value())
                .query((rs, n) -> new Step(TimelineKind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }
}
