package nl.schakel.routing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import nl.schakel.signal.SignalFacts;
import nl.schakel.signal.Vulnerability;

/** What routing rules look at: facts derived from what a signal holds (domain §8). */
public enum RoutingFact {
    ALWAYS, ACUTE, LABOUR, SEXUAL_ADULT, SEXUAL_MINOR, CRIMINAL, MINOR, UNDOCUMENTED, MULTI_PROBLEM,
    LABOUR_MIGRANT_HOUSING, SMUGGLING, UNACCOMPANIED_MINOR;

    /** Facts whose recommended partner the officer may leave out only with a recorded reason (issue 13). */
    public static final java.util.Set<RoutingFact> MANDATORY = EnumSet.of(UNACCOMPANIED_MINOR);

    /** Three or more vulnerability flags make a multi-problem situation. */
    static final int MULTI_PROBLEM_FLAGS = 3;

    public String messageKey() {
        return "routing.fact." + name();
    }

    /**
     * The facts of a signal. A minor is involved when the MINOR flag is set or a person is younger than 18
     * by age or date of birth. Labour-migrant housing: labour exploitation and an address or location
     * mentioned (where the workers are housed is then a question for an integrated inspection).
     */
    public static Set<RoutingFact> of(SignalFacts signal, LocalDate today) {
        Set<RoutingFact> facts = EnumSet.of(ALWAYS);
        boolean unaccompanied = signal.vulnerabilities().contains(Vulnerability.UNACCOMPANIED_MINOR);
        boolean minor = signal.vulnerabilities().contains(Vulnerability.MINOR) || unaccompanied
                || signal.ages().stream().anyMatch(age -> age.isMinorOn(today));
        boolean sexual = signal.exploitationForms().contains("SEXUAL");
        boolean labour = signal.exploitationForms().contains("LABOUR");
        add(facts, ACUTE, signal.acute());
        add(facts, LABOUR, labour);
        add(facts, SEXUAL_ADULT, sexual && !minor);
        add(facts, SEXUAL_MINOR, sexual && minor);
        add(facts, CRIMINAL, signal.exploitationForms().contains("CRIMINAL"));
        add(facts, MINOR, minor);
        add(facts, UNDOCUMENTED, signal.vulnerabilities().contains(Vulnerability.UNDOCUMENTED));
        add(facts, MULTI_PROBLEM, signal.vulnerabilities().size() >= MULTI_PROBLEM_FLAGS);
        add(facts, LABOUR_MIGRANT_HOUSING, labour && signal.locationGiven());
        add(facts, SMUGGLING, signal.smuggling());
        add(facts, UNACCOMPANIED_MINOR, unaccompanied);
        return facts;
    }

    private static void add(Set<RoutingFact> facts, RoutingFact fact, boolean holds) {
        if (holds) {
            facts.add(fact);
        }
    }
}
