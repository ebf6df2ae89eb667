package nl.schakel.stacking.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.stacking.BlockingKeys;
import nl.schakel.stacking.NormalisedName;
import nl.schakel.stacking.NormalisedPerson;
import nl.schakel.stacking.SharedContext;
import nl.schakel.stacking.Sex;
import nl.schakel.stacking.SurnameSpellings;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The subjects of a region in PostgreSQL: exact identities, persons with their retrieval keys, and mentions.
 * Longer than the house limit of about 250 lines on purpose: it is the one class whose SQL reads and writes the
 * person tables and their retrieval keys, which the benchmark commands also drive without Spring, so the queries and
 * the indexes they rely on (V11, V16, V20_x) are read and measured in one place.
 */
@Component
public class SubjectRegistry {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NameFrequencies frequencies;

    /** Public for the benchmark commands, which use the registry without Spring. */
    public SubjectRegistry(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.frequencies = new NameFrequencies(jdbc);
    }

    /** A stored person, as first described, to compare new mentions with. */
    public record StoredPerson(UUID subjectId, @Nullable String name, @Nullable Sex sex, @Nullable Integer age,
            @Nullable LocalDate dateOfBirth, @Nullable String nationality, LocalDate observedOn) {

        public NormalisedPerson normalised() {
            return NormalisedPerson.of(name, sex, age, dateOfBirth, nationality, observedOn);
        }
    }

    /**
     * The subject with this exact identity, created when it is new, mentioned by the signal (one statement
     * less per identity than creating and mentioning apart: the intake runs this for every phone and address).
     * Two signals naming the same new phone number at the same moment both end up with the one subject: the
     * second insert waits for the first and then does nothing (an error instead would abort its whole
     * transaction in PostgreSQL).
     */
    public UUID exactMentioned(UUID region, UUID signal, String kind, String identity, String label) {
        jdbc.sql("""
                insert into subject (id, region_id, kind, identity, label, created_at) values (?, ?, ?, ?, ?, ?)
                on conflict (region_id, kind, identity) do nothing""")
                .params(UUID.randomUUID(), region, kind, identity, label, OffsetDateTime.now(clock)).update();
        return jdbc.sql("""
                insert into subject_mention (signal_id, subject_id, outcome, label, mentioned_at)
                select ?, id, ?, ?, ? from subject where region_id = ? and kind = ? and identity = ?
                on conflict do nothing returning subject_id""")
                .params(signal, MentionOutcome.EXACT.name(), label, OffsetDateTime.now(clock), region, kind, identity).query(UUID.class).optional()
                .orElseGet(() -> find(region, kind, identity));   // the signal named it twice
    }

    /** The kind of subject the matcher compares (the others have an exact identity). */
    public static final String PERSON = "PERSON";

    /** The columns of a stored person: as described, and normalised as the matcher compares it. */
    public static final List<String> PERSON_COLUMNS = List.of("subject_id", "region_id", "name", "sex", "age",
            "date_of_birth", "nationality", "observed_on", "normalised", "given_names", "particles", "surname_key",
            "surname_phonetic", "nationality_key");

    /**
     * The values of {@link #PERSON_COLUMNS} for a person (arrays as {@code String[]}); public for the bulk load
     * of the benchmark, so that it stores exactly what the intake stores.
     */
    public static List<@Nullable Object> personValues(UUID subject, UUID region, StoredPerson person,
            NormalisedPerson normalised) {
        NormalisedName name = normalised.name();
        List<@Nullable Object> values = new ArrayList<>(List.of(subject, region));
        values.addAll(Arrays.asList(person.name(), person.sex() == null ? null : person.sex().name(), person.age(),
                person.dateOfBirth(), person.nationality(), person.observedOn(), true,
                name == null ? null : name.givenNames().toArray(String[]::new), name == null ? null : name.particles(),
                name == null ? null : name.surnameKey(),
                name == null ? null : name.surnamePhonetic().toArray(String[]::new), normalised.nationality()));
        return values;
    }

    /**
     * Stores a new person subject with what the matcher compares and its retrieval keys, and counts its names into
     * the region's name frequencies.
     */
    public UUID newPerson(UUID region, StoredPerson person, NormalisedPerson normalised, String label,
            BlockingKeys keys) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into subject (id, region_id, kind, label, created_at) values (?, ?, ?, ?, ?)")
                .params(id, region, PERSON, label, OffsetDateTime.now(clock)).update();
        jdbc.sql("""
                insert into subject_person (subject_id, region_id, name, sex, age, date_of_birth, nationality,
                    observed_on, normalised, given_names, particles, surname_key, surname_phonetic, nationality_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as text[]), ?, ?, cast(? as text[]), ?)""")
                .params(personValues(id, region, person, normalised)).update();
        index(id, keys);
        frequencies.added(region, normalised);
        return id;
    }

    /**
     * Stores retrieval keys of a person, keeping those it has, and its surname's spellings in the vocabulary of
     * surnames ({@link SurnameSpellings}): at its creation, and by the refit for persons stored before a pass existed
     * (decision 0039). Returns how many keys were new.
     */
    public int index(UUID subject, BlockingKeys keys) {
        SurnameSpellings spellings = keys.spellings();
        if (spellings != null) {
            // A known surname (the usual case) costs one probe: it is always among its own spellings. Sorted, so
            // that two signals bringing the same new surname take the rows in the same order.
            jdbc.sql("""
                    insert into surname_spelling (spelling, surname_key)
                    select s, :surname from unnest(cast(:spellings as text[])) as s
                    where not exists (select 1 from surname_spelling
                        where spelling = :surname and surname_key = :surname)
                    on conflict do nothing""")
                    .param("surname", spellings.surname())
                    .param("spellings", spellings.spellings().stream().sorted().toArray(String[]::new)).update();
        }
        if (keys.index().isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                insert into subject_block (block_key, subject_id)
                select k, ? from unnest(cast(? as text[])) as k on conflict do nothing""")
                .params(subject, keys.index().toArray(String[]::new)).update();
    }

    /**
     * The statement of {@link #candidates}; public so that the benchmark can EXPLAIN it. {@code near}: the
     * persons mentioned in a signal together with one of the described person's exact identities, with the
     * kinds they share; {@code spelled}: the known surnames sharing a spelling with the described one (at most
     * {@link BlockingKeys#FREQUENT} per spelling), whose keys {@code lookup} adds as {@link SurnameSpellings#lookup}
     * writes them; {@code chosen}: the lookup keys to use, by how many persons a key holds (counted up to
     * {@link BlockingKeys#FREQUENT}, so that counting costs little however large a key is). A person row carries
     * its region (V44_0), so that candidates are read without their subject rows.
     */
    public static final String CANDIDATES = """
            with exact as (
                select s.id, s.kind from unnest(cast(:kinds as text[]), cast(:values as text[])) as e(kind, identity)
                join subject s on s.region_id = :region and s.kind = e.kind and s.identity = e.identity
                where (select count(*) from (select distinct m2.subject_id from subject_mention m1
                    join subject_mention m2 on m2.signal_id = m1.signal_id
                    join subject_person p on p.subject_id = m2.subject_id
                    where m1.subject_id = s.id limit :generic + 1) x) <= :generic),
            near as (
                select m2.subject_id, array_agg(distinct e.kind) as shared from exact e
                join subject_mention m1 on m1.subject_id = e.id
                join subject_mention m2 on m2.signal_id = m1.signal_id
                group by m2.subject_id),
            spelled as (
                select distinct v.surname_key from unnest(cast(:spellings as text[])) as d(spelling)
                cross join lateral (select w.surname_key from surname_spelling w where w.spelling = d.spelling
                    limit :frequent) v),
            lookup as (
                select * from unnest(cast(:keys as text[]), cast(:unless as text[]), cast(:ifs as text[]))
                    as k(block_key, unless_frequent, if_frequent)
                union all
                select e.block_key, e.block_key, null from spelled s
                cross join generate_series(cast(:editFrom as integer), cast(:editTo as integer)) as y
                cross join lateral (select :editPrefix || s.surname_key || ':' || y as block_key) e),
            counted as (
                select c.block_key, (select count(*) from (select 1 from subject_block b
                    where b.block_key = c.block_key limit :frequent) x) as persons
                from (select unless_frequent as block_key from lookup union select if_frequent from lookup) c
                where c.block_key is not null),
            chosen as (
                select k.block_key from lookup k
                left join counted u on u.block_key = k.unless_frequent
                left join counted i on i.block_key = k.if_frequent
                where (k.unless_frequent is null or u.persons < :frequent)
                  and (k.if_frequent is null or i.persons >= :frequent)),
            found as (
                select b.subject_id from subject_block b where b.block_key = any(array(select block_key from chosen))
                union
                select subject_id from near)
            select p.*, coalesce(n.shared, '{}') as shared
            from found f join subject_person p on p.subject_id = f.subject_id and p.region_id = :region
            left join near n on n.subject_id = f.subject_id""";

    /**
     * A phone number, address or online identity mentioned together with more persons than this is generic (a
     * switchboard, a shelter, an agency's number): it no longer finds candidates, and the stack view says so.
     */
    public static final int GENERIC_AFTER = 10;

    /** Whether an exact identity is generic: mentioned together with more than {@link #GENERIC_AFTER} persons. */
    public boolean generic(UUID subject) {
        return jdbc.sql("""
                select count(*) from (select distinct m2.subject_id from subject_mention m1
                    join subject_mention m2 on m2.signal_id = m1.signal_id
                    join subject_person p on p.subject_id = m2.subject_id
                    where m1.subject_id = ? limit ?) x""")
                .params(subject, GENERIC_AFTER + 1).query(Integer.class).single() > GENERIC_AFTER;
    }

    /** A stored person that may be the person described, as the matcher compares it, with what the two share. */
    public record Candidate(UUID subjectId, NormalisedPerson person, Set<SharedContext> shared) {
    }

    /**
     * The persons of the region to compare a described person with, in one statement: those found by the
     * retrieval keys (a broad key only while it is small, else its refinements; see {@link BlockingKeys}), and
     * those mentioned in a signal together with one of the described person's exact identities (phone,
     * address, online), each with the identities it shares. The intake and the benchmark both use this, so
     * that what is measured is what runs. Candidates come normalised as stored; persons stored before the
     * normalised columns existed are normalised here.
     *
     * @param identities the exact identities of the described person's signal, per kind of shared context
     */
    public List<Candidate> candidates(UUID region, BlockingKeys keys, Map<SharedContext, Set<String>> identities) {
        if (keys.lookup().isEmpty() && keys.spellings() == null
                && identities.values().stream().allMatch(Set::isEmpty)) {
            return List.of();
        }
        // Planning this statement costs more than running it (0.8 against 0.5 ms at 10^6 persons): within a
        // transaction, as the intake's, it runs with its generic plan, made once per connection (decision 0040).
        // Every step of that plan is an index probe by key, whatever the values. Outside one (the refit) it is
        // planned for its values, as before: a transaction-local setting would not outlive its own statement.
        boolean generic = TransactionSynchronizationManager.isActualTransactionActive();
        if (generic) {
            jdbc.sql("select set_config('plan_cache_mode', 'force_generic_plan', true)").query(String.class).single();
        }
        List<Candidate> found = jdbc.sql(CANDIDATES).params(candidatesParameters(region, keys, identities))
                .query((rs, row) -> new Candidate(rs.getObject("subject_id", UUID.class), normalised(rs),
                        shared(rs.getArray("shared"))))
                .list();
        if (generic) {
            // The rest of the transaction is planned as usual (a failed statement rolls the setting back with it).
            jdbc.sql("set local plan_cache_mode to default").update();
        }
        return found;
    }

    /** The parameters of {@link #CANDIDATES}; public so that the benchmark can EXPLAIN the statement as it runs. */
    public static Map<String, Object> candidatesParameters(UUID region, BlockingKeys keys,
            Map<SharedContext, Set<String>> identities) {
        List<String> kinds = new ArrayList<>();
        List<String> values = new ArrayList<>();
        identities.forEach((context, ids) -> ids.forEach(id -> {
            kinds.add(context.name());
            values.add(id);
        }));
        List<BlockingKeys.LookupKey> lookupKeys = keys.lookup();
        SurnameSpellings spellings = keys.spellings();
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("kinds", kinds.toArray(String[]::new));
        parameters.put("values", values.toArray(String[]::new));
        parameters.put("keys", lookupKeys.stream().map(BlockingKeys.LookupKey::key).toArray(String[]::new));
        parameters.put("unless",
                lookupKeys.stream().map(BlockingKeys.LookupKey::unlessFrequent).toArray(String[]::new));
        parameters.put("ifs", lookupKeys.stream().map(BlockingKeys.LookupKey::ifFrequent).toArray(String[]::new));
        parameters.put("spellings", spellings == null ? new String[0] : spellings.spellings().toArray(String[]::new));
        parameters.put("editFrom", spellings == null ? 0 : spellings.fromYear());
        parameters.put("editTo", spellings == null ? -1 : spellings.toYear());
        parameters.put("editPrefix", SurnameSpellings.PREFIX);
        parameters.put("frequent", BlockingKeys.FREQUENT);
        parameters.put("generic", GENERIC_AFTER);
        parameters.put("region", region);
        return parameters;
    }

    /** Every person of the region, as the matcher compares it (for the refit of its weights). */
    public List<Candidate> persons(UUID region) {
        return jdbc.sql("""
                select p.* from subject s join subject_person p on p.subject_id = s.id
                where s.region_id = ? and s.kind = ? order by s.created_at, s.id""")
                .params(region, PERSON)
                .query((rs, row) -> new Candidate(rs.getObject("subject_id", UUID.class), normalised(rs), Set.of()))
                .list();
    }

    private static Set<SharedContext> shared(java.sql.Array array) throws SQLException {
        Set<SharedContext> shared = EnumSet.noneOf(SharedContext.class);
        for (Object kind : (Object[]) array.getArray()) {
            shared.add(SharedContext.valueOf((String) kind));
        }
        return shared;
    }

    /** Mentions a subject in a signal, with the label as this signal describes it. */
    public void mention(UUID signal, UUID subject, MentionOutcome outcome, @Nullable Double score,
            @Nullable String evidence, String label) {
        jdbc.sql("""
                insert into subject_mention (signal_id, subject_id, outcome, score, evidence, label, mentioned_at)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?) on conflict do nothing""")
                .params(signal, subject, outcome.name(), score, evidence, label, OffsetDateTime.now(clock)).update();
    }

    public void propose(UUID subject, UUID candidate, UUID signal, double score, String evidence) {
        jdbc.sql("""
                insert into subject_proposal (id, subject_id, candidate_id, signal_id, score, evidence, created_at)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?) on conflict do nothing""")
                .params(UUID.randomUUID(), subject, candidate, signal, score, evidence, OffsetDateTime.now(clock))
                .update();
    }

    /**
     * A signal's subjects with their kind and the label as this signal describes them (null for mentions stored
     * before V17_1 whose own description is not known): never another signal's spelling.
     */
    public List<Mentioned> mentionsOf(UUID signal) {
        return jdbc.sql("""
                select s.id, s.kind, m.label, m.outcome from subject_mention m join subject s on s.id = m.subject_id
                where m.signal_id = ? order by s.kind, m.label""")
                .param(signal)
                .query((rs, n) -> new Mentioned(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getString("label"), rs.getString("outcome")))
                .list();
    }

    public record Mentioned(UUID subjectId, String kind, @Nullable String label, String outcome) {
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

    /** The person as stored in normalised form; rows from before V16 are normalised from what was described. */
    private static NormalisedPerson normalised(ResultSet rs) throws SQLException {
        String sex = rs.getString("sex");
        Integer age = rs.getObject("age", Integer.class);
        LocalDate dateOfBirth = rs.getObject("date_of_birth", LocalDate.class);
        LocalDate observedOn = rs.getObject("observed_on", LocalDate.class);
        Sex knownSex = sex == null ? null : Sex.valueOf(sex);
        if (!rs.getBoolean("normalised")) {
            return NormalisedPerson.of(rs.getString("name"), knownSex, age, dateOfBirth, rs.getString("nationality"),
                    observedOn);
        }
        String[] givenNames = strings(rs.getArray("given_names"));
        NormalisedName name = givenNames == null ? null : new NormalisedName(List.of(givenNames),
                rs.getString("particles"), rs.getString("surname_key"),
                List.of(strings(rs.getArray("surname_phonetic"))));
        return new NormalisedPerson(name, knownSex, age, dateOfBirth, rs.getString("nationality_key"), observedOn);
    }

    private static String @Nullable [] strings(java.sql.@Nullable Array array) throws SQLException {
        return array == null ? null : (String[]) array.getArray();
    }
}
