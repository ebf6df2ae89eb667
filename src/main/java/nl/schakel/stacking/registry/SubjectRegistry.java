package nl.schakel.stacking.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.stacking.NormalisedPerson;
import nl.schakel.stacking.SharedContext;
import nl.schakel.stacking.Sex;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The subjects of a region in PostgreSQL: exact identities, persons with their retrieval keys, and mentions. */
@Component
public class SubjectRegistry {

    private final JdbcClient jdbc;
    private final Clock clock;

    /** Public for the benchmark commands, which use the registry without Spring. */
    public SubjectRegistry(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A stored person, as first described, to compare new mentions with. */
    public record StoredPerson(UUID subjectId, @Nullable String name, @Nullable Sex sex, @Nullable Integer age,
            @Nullable LocalDate dateOfBirth, @Nullable String nationality, LocalDate observedOn) {

        public NormalisedPerson normalised() {
            return NormalisedPerson.of(name, sex, age, dateOfBirth, nationality, observedOn);
        }
    }

    /**
     * The subject with this exact identity, created when it is new. Two signals naming the same new phone
     * number at the same moment both end up with the one subject: the second insert waits for the first
     * and then does nothing (an error instead would abort its whole transaction in PostgreSQL).
     */
    public UUID exact(UUID region, String kind, String identity, String label) {
        jdbc.sql("""
                insert into subject (id, region_id, kind, identity, label, created_at) values (?, ?, ?, ?, ?, ?)
                on conflict (region_id, kind, identity) do nothing""")
                .params(UUID.randomUUID(), region, kind, identity, label, OffsetDateTime.now(clock)).update();
        return find(region, kind, identity);
    }

    public UUID newPerson(UUID region, StoredPerson person, String label, Set<String> indexKeys) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into subject (id, region_id, kind, label, created_at) values (?, ?, 'PERSON', ?, ?)")
                .params(id, region, label, OffsetDateTime.now(clock)).update();
        jdbc.sql("""
                insert into subject_person (subject_id, name, sex, age, date_of_birth, nationality, observed_on)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, person.name(), person.sex() == null ? null : person.sex().name(), person.age(),
                        person.dateOfBirth(), person.nationality(), person.observedOn())
                .update();
        indexKeys.forEach(key -> jdbc.sql("insert into subject_block (block_key, subject_id) values (?, ?) "
                + "on conflict do nothing").params(key, id).update());
        return id;
    }

    /** The statement of {@link #candidates}; public so that the benchmark can EXPLAIN it. */
    public static final String CANDIDATES = """
            with exact as (
                select s.id from unnest(cast(:kinds as text[]), cast(:values as text[])) as e(kind, identity)
                join subject s on s.region_id = :region and s.kind = e.kind and s.identity = e.identity),
            found as (
                select b.subject_id from subject_block b where b.block_key = any(cast(:keys as text[]))
                union
                select m2.subject_id from exact e join subject_mention m1 on m1.subject_id = e.id
                join subject_mention m2 on m2.signal_id = m1.signal_id)
            select p.*, array(select distinct s2.kind from subject_mention m1
                    join subject_mention m2 on m2.signal_id = m1.signal_id
                    join exact e on e.id = m2.subject_id join subject s2 on s2.id = e.id
                    where m1.subject_id = p.subject_id) as shared
            from found f join subject s on s.id = f.subject_id and s.region_id = :region and s.kind = 'PERSON'
            join subject_person p on p.subject_id = s.id""";

    /** A stored person that may be the person described, with what the two share (phone, address, online). */
    public record Candidate(StoredPerson person, Set<SharedContext> shared) {
    }

    /**
     * The persons of the region to compare a described person with, in one statement: those found by any of
     * the retrieval keys, and those mentioned in a signal together with one of the described person's exact
     * identities (phone, address, online), each with the identities it shares. The intake and the benchmark
     * both use this, so that what is measured is what runs.
     *
     * @param identities the exact identities of the described person's signal, per kind of shared context
     */
    public List<Candidate> candidates(UUID region, Collection<String> lookupKeys,
            Map<SharedContext, Set<String>> identities) {
        List<String> kinds = new ArrayList<>();
        List<String> values = new ArrayList<>();
        identities.forEach((context, ids) -> ids.forEach(id -> {
            kinds.add(context.name());
            values.add(id);
        }));
        if (lookupKeys.isEmpty() && values.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CANDIDATES)
                .param("kinds", kinds.toArray(String[]::new)).param("values", values.toArray(String[]::new))
                .param("keys", lookupKeys.toArray(String[]::new)).param("region", region)
                .query((rs, row) -> new Candidate(person(rs, row), shared(rs.getArray("shared")))).list();
    }

    private static Set<SharedContext> shared(java.sql.Array array) throws SQLException {
        Set<SharedContext> shared = EnumSet.noneOf(SharedContext.class);
        for (Object kind : (Object[]) array.getArray()) {
            shared.add(SharedContext.valueOf((String) kind));
        }
        return shared;
    }

    public void mention(UUID signal, UUID subject, String outcome, @Nullable Double score, @Nullable String evidence) {
        jdbc.sql("""
                insert into subject_mention (signal_id, subject_id, outcome, score, evidence)
                values (?, ?, ?, ?, cast(? as jsonb)) on conflict do nothing""")
                .params(signal, subject, outcome, score, evidence).update();
    }

    public void propose(UUID subject, UUID candidate, UUID signal, double score, String evidence) {
        jdbc.sql("""
                insert into subject_proposal (id, subject_id, candidate_id, signal_id, score, evidence, created_at)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?) on conflict do nothing""")
                .params(UUID.randomUUID(), subject, candidate, signal, score, evidence, OffsetDateTime.now(clock))
                .update();
    }

    /** A signal's subjects with their kind and label. */
    public List<Mentioned> mentionsOf(UUID signal) {
        return jdbc.sql("""
                select s.id, s.kind, s.label, m.outcome from subject_mention m join subject s on s.id = m.subject_id
                where m.signal_id = ? order by s.kind, s.label""")
                .param(signal)
                .query((rs, n) -> new Mentioned(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getString("label"), rs.getString("outcome")))
                .list();
    }

    public record Mentioned(UUID subjectId, String kind, String label, String outcome) {
    }

    /** The signals that mention a subject, except one (or none, with null). */
    public List<UUID> signalsMentioning(UUID subject, @Nullable UUID exceptSignal) {
        return jdbc.sql("select signal_id from subject_mention where subject_id = ? and signal_id is distinct from cast(? as uuid)")
                .params(subject, exceptSignal).query(UUID.class).list();
    }

    private UUID find(UUID region, String kind, String identity) {
        return jdbc.sql("select id from subject where region_id = ? and kind = ? and identity = ?")
                .params(region, kind, identity).query(UUID.class).single();
    }

    private static StoredPerson person(ResultSet rs, int row) throws SQLException {
        String sex = rs.getString("sex");
        Integer age = rs.getObject("age", Integer.class);
        return new StoredPerson(rs.getObject("subject_id", UUID.class), rs.getString("name"),
                sex == null ? null : Sex.valueOf(sex), age, rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("nationality"), rs.getObject("observed_on", LocalDate.class));
    }
}
