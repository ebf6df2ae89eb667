package nl.schakel.intake.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.sealing.Sealer;
import nl.schakel.signal.SignalId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Unseals a reporter's identity and records who did so and why. Callers decide who may. */
@Component
public class ReporterIdentities {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Sealer sealer;
    private final Clock clock;

    ReporterIdentities(JdbcClient jdbc, JsonMapper json, Sealer sealer, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.sealer = sealer;
        this.clock = clock;
    }

    static String context(SignalId id) {
        return "reporter-identity:" + id.value();
    }

    /** Unseals and records the reveal; returns the reveal's id with the identity. */
    public Optional<Revealed> reveal(SignalId id, UUID userId, String reason) {
        Optional<byte[]> sealed = jdbc.sql("select sealed from reporter_identity where signal_id = ?")
                .param(id.value()).query(byte[].class).optional();
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        UUID revealId = UUID.randomUUID();
        jdbc.sql("insert into reporter_reveal (id, signal_id, user_id, reason, revealed_at) values (?, ?, ?, ?, ?)")
                .params(revealId, id.value(), userId, reason.strip(), OffsetDateTime.now(clock)).update();
        ReporterIdentity identity = json.readValue(sealer.unseal(sealed.get(), context(id)), ReporterIdentity.class);
        return Optional.of(new Revealed(revealId, identity));
    }

    public record Revealed(UUID revealId, ReporterIdentity identity) {
    }
}
