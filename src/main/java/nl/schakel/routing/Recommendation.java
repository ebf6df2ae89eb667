package nl.schakel.routing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.schakel.organisations.Department;
import nl.schakel.organisations.OrganisationType;
import org.jspecify.annotations.Nullable;

/**
 * A partner the officer may route to, with why the rules recommend it.
 *
 * @param reasons message keys ({@code routing.fact.<FACT>}) of the facts whose rules point here; empty when
 *     the partner is only a possible choice
 * @param defaultDue the feedback due date from the partner's default number of days
 * @param hasAccount whether people of the partner use Schakel; if not, a secure link is made
 */
public record Recommendation(UUID organisationId, String name, OrganisationType type, @Nullable Department department,
        List<String> reasons, LocalDate defaultDue, boolean hasAccount) {

    public boolean recommended() {
        return !reasons.isEmpty();
    }

    /** The facts among the reasons that make this partner one the officer may leave out only with a reason. */
    public java.util.Set<RoutingFact> mandatoryFacts() {
        return RoutingFact.MANDATORY.stream().filter(f -> reasons.contains(f.messageKey()))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Whether a rule of this fact points here (e.g. {@code UNDOCUMENTED}: propose a B8 period). */
    public boolean because(RoutingFact fact) {
        return reasons.contains(fact.messageKey());
    }
}
