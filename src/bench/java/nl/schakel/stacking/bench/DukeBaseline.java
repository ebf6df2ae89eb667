package nl.schakel.stacking.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.priv.garshol.duke.Comparator;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.DataSource;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.datasources.InMemoryDataSource;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * Duke 1.2 configured programmatically on the same rows: record linkage (reference = group 1, queries =
 * group 2), an in-memory Lucene database, one thread, every match above the threshold reported (matchall), so
 * its pairs compare with ours. Values are cleaned here as Duke cleaners would (lower case, no diacritics,
 * surname particles stripped, phone to national digits, postcode + house number as one key). Probabilities are
 * chosen up front from Duke's documented examples and not tuned on the benchmark.
 */
final class DukeBaseline implements Baseline {

    static final double THRESHOLD = 0.95;
    static final double MAYBE = 0.80;
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "ter", "ten", "te", "het", "vd",
            "v.d.", "el", "al", "ben", "bin", "ait");

    @Override
    public String name() {
        return "Duke 1.2";
    }

    @Override
    public Outcome link(List<PersonRow> reference, List<PersonRow> queries) {
        long start = System.nanoTime();
        Run run = new Run(config -> {
            config.addDataSource(1, source(reference, "r:"));
            config.addDataSource(2, source(queries, "q:"));
        });
        run.processor.link(run.config.getDataSources(1), run.config.getDataSources(2), true, 40_000);
        run.processor.close();
        return new Outcome(run.links, run.maybes, System.nanoTime() - start, "JaroWinkler given 0.3/0.8 and surname "
                + "0.2/0.85, exact date of birth 0.2/0.95, phone 0.4/0.85, postcode+number 0.45/0.75, sex 0.1/0.55, "
                + "street+number 0.3/0.7 and place 0.4/0.6 (JaroWinkler), postcode 0.4/0.65, identity number "
                + "0.1/0.95; threshold " + THRESHOLD + ", maybe " + MAYBE + "; Lucene in memory, max 50 hits; 1 thread");
    }

    @Override
    public Outcome deduplicate(List<PersonRow> rows) {
        long start = System.nanoTime();
        Run run = new Run(config -> config.addDataSource(0, source(rows, "r:")));
        run.processor.deduplicate(run.config.getDataSources(), 40_000);
        run.processor.close();
        return new Outcome(run.links, run.maybes, System.nanoTime() - start,
                "deduplication, same properties as linkage");
    }

    /** One configured Duke processor (Lucene in memory, one thread) collecting the pairs it reports. */
    private static final class Run {
        final ConfigurationImpl config = new ConfigurationImpl();
        final Processor processor;
        final Set<String> links = Collections.synchronizedSet(new HashSet<>());
        final Set<String> maybes = Collections.synchronizedSet(new HashSet<>());

        Run(java.util.function.Consumer<ConfigurationImpl> sources) {
            config.setProperties(properties());
            config.setThreshold(THRESHOLD);
            config.setMaybeThreshold(MAYBE);
            sources.accept(config);
            LuceneDatabase database = new LuceneDatabase();   // no path: an in-memory Lucene directory
            database.setConfiguration(config);
            database.setMaxSearchHits(50);
            config.setDatabase(database);
            processor = new Processor(config, database);
            processor.setThreads(1);
            processor.addMatchListener(new AbstractMatchListener() {
                @Override
                public void matches(Record r1, Record r2, double confidence) {
                    links.add(pair(r1, r2));
                }

                @Override
                public void matchesPerhaps(Record r1, Record r2, double confidence) {
                    maybes.add(pair(r1, r2));
                }
            });
        }
    }

    private static List<Property> properties() {
        List<Property> properties = new ArrayList<>();
        properties.add(new PropertyImpl("ID"));
        properties.add(property("GIVEN", new JaroWinkler(), 0.3, 0.8, Property.Lookup.TRUE));
        properties.add(property("SURNAME", new JaroWinkler(), 0.2, 0.85, Property.Lookup.TRUE));
        properties.add(property("DOB", new ExactComparator(), 0.2, 0.95, Property.Lookup.FALSE));
        properties.add(property("PHONE", new ExactComparator(), 0.4, 0.85, Property.Lookup.TRUE));
        properties.add(property("ADDRESS", new ExactComparator(), 0.45, 0.75, Property.Lookup.TRUE));
        properties.add(property("SEX", new ExactComparator(), 0.1, 0.55, Property.Lookup.FALSE));
        // Issue 11: Duke on all fields of every data set, so that the comparison is fair where there are more.
        properties.add(property("STREET", new JaroWinkler(), 0.3, 0.7, Property.Lookup.FALSE));
        properties.add(property("PLACE", new JaroWinkler(), 0.4, 0.6, Property.Lookup.FALSE));
        properties.add(property("POSTCODE", new ExactComparator(), 0.4, 0.65, Property.Lookup.FALSE));
        properties.add(property("IDENTITY", new ExactComparator(), 0.1, 0.95, Property.Lookup.TRUE));
        return properties;
    }

    private static Property property(String name, Comparator comparator, double low, double high,
                                     Property.Lookup lookup) {
        PropertyImpl property = new PropertyImpl(name, comparator, low, high);
        property.setLookupBehaviour(lookup);
        return property;
    }

    private static DataSource source(List<PersonRow> rows, String prefix) {
        InMemoryDataSource source = new InMemoryDataSource();
        for (PersonRow row : rows) {
            RecordImpl record = new RecordImpl();
            record.addValue("ID", prefix + row.id());
            add(record, "GIVEN", firstToken(fold(row.given())));
            add(record, "SURNAME", surname(row.surname()));
            add(record, "DOB", row.dateOfBirth());
            add(record, "PHONE", phone(row.phone()));
            add(record, "ADDRESS", row.postcode().isBlank() || row.houseNumber().isBlank() ? ""
                    : row.postcode().replace(" ", "").toUpperCase(Locale.ROOT) + ":" + fold(row.houseNumber()));
            add(record, "SEX", row.sex().toLowerCase(Locale.ROOT));
            add(record, "STREET", (fold(row.houseNumber()) + " " + fold(row.street())).strip());
            add(record, "PLACE", fold(row.place()));
            add(record, "POSTCODE", row.postcode().replace(" ", "").toUpperCase(Locale.ROOT));
            add(record, "IDENTITY", row.identity().replaceAll("\\s", ""));
            source.add(record);
        }
        return source;
    }

    private static void add(RecordImpl record, String property, String value) {
        if (!value.isBlank()) {
            record.addValue(property, value);
        }
    }

    /** "queryId|referenceId" in linkage; in deduplication (both "r:") the order Duke gave. */
    private static String pair(Record r1, Record r2) {
        String a = r1.getValue("ID");
        String b = r2.getValue("ID");
        return b.startsWith("q:") ? b.substring(2) + "|" + a.substring(2) : a.substring(2) + "|" + b.substring(2);
    }

    private static String fold(String raw) {
        return Normalizer.normalize(raw.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9 ]", " ").strip();
    }

    private static String firstToken(String folded) {
        int space = folded.indexOf(' ');
        return space < 0 ? folded : folded.substring(0, space);
    }

    private static String surname(String raw) {
        StringBuilder key = new StringBuilder();
        for (String token : fold(raw.replace("v.d.", "vd")).split("\\s+")) {
            if (!PARTICLES.contains(token)) {
                key.append(token);
            }
        }
        return key.toString();
    }

    /** National digits: "+31 6 1234 5678", "0031612345678" and "06-12345678" all become "0612345678". */
    private static String phone(String raw) {
        String digits = raw.replaceAll("\\D", "");
        if (digits.startsWith("0031")) {
            return "0" + digits.substring(4);
        }
        return digits.startsWith("31") ? "0" + digits.substring(2) : digits;
    }
}
