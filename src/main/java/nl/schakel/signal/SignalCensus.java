package nl.schakel.signal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Which signals exist, for modules that keep their own figures and must catch up once (no content). */
@Service
public class SignalCensus {

    private final JdbcClient jdbc;

    SignalCensus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every signal's id, oldest first. */
    public List<SignalId> all() {
        return jdbc.sql("select id from signal order by received_at, id").query(UUID.class).list().stream()
                .map(SignalId::new).toList();
    }

    /** How many signals exist. */
    public long count() {
        return jdbc.sql("select count(*) from signal").query(Long.class).single();
    }
}
