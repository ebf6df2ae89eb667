package nl.schakel.attachments.internal;

import java.util.UUID;

import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetainedParts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Anonymising or deleting a signal deletes the files sent with it (owner type {@code SIGNAL}; issue 15). */
@Component
class AttachmentRetention implements RetainedParts {

    private final JdbcClient jdbc;

    AttachmentRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RecordType type() {
        return RecordType.SIGNAL;
    }

    @Override
    public void anonymise(UUID id) {
        jdbc.sql("delete from attachment where owner_type = ? and owner_id = ?").params(type().name(), id).update();
    }
}
