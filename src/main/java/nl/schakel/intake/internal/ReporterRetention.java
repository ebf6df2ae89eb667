package nl.schakel.intake.internal;

import java.util.UUID;

import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetainedParts;
import nl.schakel.sealing.DataKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Intake's part of anonymising a signal (issue 15): the reporter's sealed identity is deleted and the signal's data
 * key destroyed (crypto-shredding, decision 0029: whatever was sealed under it, also in backups, stays unreadable);
 * the reasons given for revealing and the conversation's text go. "Melder tonen" then answers "vernietigd".
 */
@Component
class ReporterRetention implements RetainedParts {

    private final JdbcClient jdbc;
    private final DataKeys keys;

    ReporterRetention(JdbcClient jdbc, DataKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    @Override
    public RecordType type() {
        return RecordType.SIGNAL;
    }

    @Override
    public void anonymise(UUID id) {
        jdbc.sql("delete from reporter_identity where signal_id = ?").param(id).update();
        jdbc.sql("update reporter_reveal set reason = '' where signal_id = ?").param(id).update();
        jdbc.sql("update signal_message set body = '' where signal_id = ?").param(id).update();
        keys.destroy(id);
    }
}
