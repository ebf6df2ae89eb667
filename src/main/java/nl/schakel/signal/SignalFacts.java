package nl.schakel.signal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What rules reason about (the routing rules, the classification proposal): codes, flags and where the signal is
 * on the route — no names, descriptions or contact details.
 *
 * @param ages each person's age or date of birth, as far as known, to tell whether a minor is involved
 * @param locationGiven whether an address or a place of the events was mentioned
 */
public record SignalFacts(SignalId id, SignalStatus status, int catalogueVersion, Set<String> indicators,
        Set<String> exploitationForms, Set<Vulnerability> vulnerabilities, boolean acute, boolean smuggling,
        boolean dangerToVictim, List<Age> ages, boolean locationGiven) {

    /** A person's age, as the reporter gave it. */
    public record Age(@Nullable Integer years, @Nullable LocalDate dateOfBirth) {

        /** Younger than 18 on the given day, by date of birth when known, otherwise by the age given. */
        public boolean isMinorOn(LocalDate day) {
            if (dateOfBirth != null) {
                return Period.between(dateOfBirth, day).getYears() < 18;
            }
            return years != null && years < 18;
        }
    }

    static SignalFacts of(SignalDetail signal) {
        return new SignalFacts(signal.id(), signal.status(), signal.catalogueVersion(), signal.indicators(),
                signal.exploitationForms(), signal.vulnerabilities(), signal.acute(), signal.smuggling(),
                signal.dangerToVictim(),
                signal.persons().stream().map(p -> new Age(p.age(), p.dateOfBirth())).toList(),
                !signal.addresses().isEmpty()
                        || signal.locationAddress() != null && !signal.locationAddress().isBlank());
    }
}
