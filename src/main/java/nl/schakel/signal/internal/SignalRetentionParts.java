package nl.schakel.signal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.retention.HoldReason;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetainedParts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signal's own part of anonymising (issue 15): the description, when and where it was seen, other indicators
 * and what identifies its subjects go; the statistical skeleton stays (channel, reporter type, municipality,
 * dates, status, indicators, forms, flags, and of a person the sex and role, of an address the city).
 */
@Component
class SignalRetentionParts implements RetainedParts {

    private final JdbcClient jdbc;
    private final Clock clock;

    SignalRetentionParts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public RecordType type() {
        return RecordType.SIGNAL;
    }

    /** A change to the signal in the last 30 days keeps it (GlobaLeaks #3591). */
    @Override
    public Optional<HoldReason> held(UUID id, LocalDate today) {
        OffsetDateTime since = HoldReason.recentSince(today, clock.getZone());
        int recent = jdbc.sql("select count(*) from signal where id = ? and updated_at > ?").params(id, since)
                .query(Integer.class).single();
        return HoldReason.ifRecent(recent);
    }

    @Override
    public void anonymise(UUID id) {
        jdbc.sql("""
                update signal set description = '', observed_when = null, location_address = null,
                    other_indicators = null where id = ?""").param(id).update();
        jdbc.sql("""
                update signal_subject set data = case
                    when kind = ? then jsonb_strip_nulls(jsonb_build_object('city', data -> 'city'))
                    when kind = ? then jsonb_strip_nulls(jsonb_build_object('sex', data -> 'sex', 'role', data -> 'role'))
                    else '{}'::jsonb end
                where signal_id = ?""").params("ADDRESS", "PERSON", id)
                .update();
    }

    @Override
    public void delete(UUID id) {
        jdbc.sql("delete from signal where id = ?").param(id).update();
    }
}
