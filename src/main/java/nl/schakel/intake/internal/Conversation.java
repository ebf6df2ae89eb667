package nl.schakel.intake.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.schakel.intake.Message;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The conversation between the designated officer and the reporter. Callers decide who may. */
@Component
public class Conversation {

    private final JdbcClient jdbc;
    private final Clock clock;

    Conversation(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public UUID add(SignalId signal, Message.Direction direction, @Nullable UUID author, String body) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into signal_message (id, signal_id, direction, author_user_id, body, sent_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, signal.value(), direction.name(), author, body.strip(), OffsetDateTime.now(clock))
                .update();
        return id;
    }

    public List<Message> messages(SignalId id) {
        return jdbc.sql("select direction, body, sent_at from signal_message where signal_id = ? order by sent_at, id")
                .param(id.value())
                .query((rs, n) -> new Message(Message.Direction.valueOf(rs.getString("direction")),
                        rs.getString("body"), rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
