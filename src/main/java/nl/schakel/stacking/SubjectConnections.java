package nl.schakel.stacking;

import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which registry subjects are linked to a subject: mentioned together in one signal. Ids only, for checks such as
 * the shelter's co-location warning; never shown to anyone.
 */
@Component
public class SubjectConnections {

    private final JdbcClient jdbc;

    SubjectConnections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<UUID> linkedTo(UUID subjectId) {
        return Set.copyOf(jdbc.sql("""
                select distinct other.subject_id from subject_mention own
                join subject_mention other on other.signal_id = own.signal_id and other.subject_id <> own.subject_id
                where own.subject_id = ?""").param(subjectId).query(UUID.class).list());
    }
}
