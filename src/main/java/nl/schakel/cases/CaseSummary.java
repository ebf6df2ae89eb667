package nl.schakel.cases;

/** What another module may show of a case its viewer participates in: the reference and the pseudonymous title. */
public record CaseSummary(CaseId id, String reference, String title) {
}
