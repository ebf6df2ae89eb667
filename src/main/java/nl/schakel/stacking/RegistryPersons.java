package nl.schakel.stacking;

import java.util.List;
import java.util.UUID;

import nl.schakel.signal.SignalId;
import nl.schakel.stacking.registry.SubjectRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Identifiers of persons in the region's subject registry, for modules that attach something to a person (a care
 * trajectory, a non-punishment flag): whether an id is a person of the region, and which persons a signal mentions.
 * Ids only: no names, scores or evidence.
 */
@Service
public class RegistryPersons {

    private final JdbcClient jdbc;

    RegistryPersons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the id is a person in the region's registry. */
    public boolean isPerson(UUID regionId, UUID subjectId) {
        return jdbc.sql("select count(*) from subject where id = ? and region_id = ? and kind = ?")
                .params(subjectId, regionId, SubjectRegistry.PERSON).query(Integer.class).single() > 0;
    }

    /** The registry persons a signal mentions. */
    public List<UUID> mentionedIn(SignalId signal) {
        return jdbc.sql("""
                select m.subject_id from subject_mention m join subject s on s.id = m.subject_id
                where m.signal_id = ? and s.kind = ?""")
                .params(signal.value(), SubjectRegistry.PERSON).query(UUID.class).list();
    }
}
