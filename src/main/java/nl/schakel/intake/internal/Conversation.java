package nl.schakel.intake.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import nl.schakel.intake.SignalId;
import nl.schakel.intake.SignalView;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Adds messages to the conversation between the designated officer and the reporter. */
@Component
public class Conversation {

    private final JdbcClient jdbc;
    private final Clock clock;

    Conversation(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public UUID add(SignalId signal, SignalView.Direction direction, @Nullable UUID author, String body) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into signal_message (id, signal_id, direction, author_user_id, body, sent_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, signal.value(), direction.name(), author, body.strip(), OffsetDateTime.now(clock))
                .update();
        return id;
    }
}
