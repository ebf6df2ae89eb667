package nl.schakel.intake.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.sealing.DataKeys;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals a reporter's identity under the signal's own data key, unseals it and records who did so and why.
 * Callers decide who may. Once the signal's key is destroyed the identity reads as destroyed (decision 0029).
 */
@Component
public class ReporterIdentities {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final DataKeys keys;
    private final Clock clock;

    ReporterIdentities(JdbcClient jdbc, JsonMapper json, DataKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.keys = keys;
        this.clock = clock;
    }

    static String context(SignalId id) {
        return "reporter-identity:" + id.value();
    }

    void seal(SignalId id, ReporterIdentity identity) {
        byte[] sealed = keys.seal(id.value(), json.writeValueAsBytes(identity), context(id));
        jdbc.sql("insert into reporter_identity (signal_id, sealed, data_key) values (?, ?, true)")
                .params(id.value(), sealed).update();
    }

    /**
     * Unseals and records the reveal; returns the reveal's id with the identity, or {@link Revealed#destroyed()}
     * (nothing recorded: nothing was revealed) when the signal's data key was destroyed.
     */
    public Optional<Revealed> reveal(SignalId id, UUID userId, String reason) {
        Optional<Sealed> sealed = jdbc.sql("select sealed, data_key from reporter_identity where signal_id = ?")
                .param(id.value()).query((rs, n) -> new Sealed(rs.getBytes("sealed"), rs.getBoolean("data_key")))
                .optional();
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> opened = keys.open(id.value(), sealed.get().value(), context(id), sealed.get().dataKey());
        if (opened.isEmpty()) {
            return Optional.of(new Revealed(null, null));
        }
        UUID revealId = UUID.randomUUID();
        jdbc.sql("insert into reporter_reveal (id, signal_id, user_id, reason, revealed_at) values (?, ?, ?, ?, ?)")
                .params(revealId, id.value(), userId, reason.strip(), OffsetDateTime.now(clock)).update();
        return Optional.of(new Revealed(revealId, json.readValue(opened.get(), ReporterIdentity.class)));
    }

    /** A reveal: its id and the identity, or both null when the identity was destroyed. */
    public record Revealed(@Nullable UUID revealId, @Nullable ReporterIdentity identity) {

        public boolean destroyed() {
            return identity == null;
        }
    }

    private record Sealed(byte[] value, boolean dataKey) {
    }
}
