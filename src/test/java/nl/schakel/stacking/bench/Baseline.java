package nl.schakel.stacking.bench;

import java.util.List;
import java.util.Set;

/**
 * A matcher to compare ours with, run on the same rows. The Duke implementation lives in src/bench/java and
 * is loaded by name, so that test sources compile without Duke on the class path.
 */
interface Baseline {

    /** Predicted links and "maybe" links as "queryId|referenceId" pairs, with the wall time it took. */
    record Outcome(Set<String> links, Set<String> maybes, long nanos, String configuration) {
    }

    String name();

    Outcome link(List<PersonRow> reference, List<PersonRow> queries);

    /** Deduplication of one file: the pairs found as "idA|idB". */
    Outcome deduplicate(List<PersonRow> rows);
}
