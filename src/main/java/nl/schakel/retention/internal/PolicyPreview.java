package nl.schakel.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import nl.schakel.retention.PolicyRule;
import nl.schakel.retention.RetentionAction;
import nl.schakel.retention.RetainedRecords;
import nl.schakel.retention.internal.Policies.PolicyChange;
import org.springframework.stereotype.Component;

/**
 * What a new policy version would do, before it is adopted: how many existing records the current version governs,
 * how many of them the new one would take over (their source date on or after its day: a new version never reaches
 * back, decision 0030), and how many of those would be due at once.
 */
@Component
public class PolicyPreview {

    private static final int COUNT_LIMIT = 100_000;

    private final Policies policies;
    private final RetentionPlan plan;
    private final Clock clock;

    PolicyPreview(Policies policies, RetentionPlan plan, Clock clock) {
        this.policies = policies;
        this.plan = plan;
        this.clock = clock;
    }

    public Preview of(PolicyChange change) {
        LocalDate today = LocalDate.now(clock);
        RetainedRecords owner = plan.owners().get(change.type());
        Optional<Policy> current = policies.current().stream()
                .filter(p -> p.type() == change.type() && p.outcome().equals(change.outcome())).findFirst();
        if (owner == null) {
            return new Preview(current.map(Policy::version).orElse(0), 0, 0, 0, false);
        }
        int governed = current.map(p -> owner.due(p.asRule(), today, COUNT_LIMIT).size()).orElse(0);
        PolicyRule next = new PolicyRule(change.type(), change.outcome(), change.rule(), change.effectiveFrom(), null);
        int takenOver = owner.due(next, today, COUNT_LIMIT).size();
        LocalDate cutoff = today.minusMonths(change.periodMonths());
        int dueAtOnce = cutoff.isBefore(change.effectiveFrom()) || change.action() == RetentionAction.KEEP ? 0 : owner.due(next, cutoff, COUNT_LIMIT).size();
        boolean acceptedDay = current.map(p -> change.effectiveFrom().isAfter(p.effectiveFrom())).orElse(true);
        return new Preview(current.map(Policy::version).orElse(0), governed, takenOver, dueAtOnce, acceptedDay);
    }

    /**
     * @param currentVersion the version in force (0: none)
     * @param governed existing records the current version governs
     * @param takenOver of those, the ones the new version would govern
     * @param dueAtOnce of those, the ones due at once under the new period
     * @param acceptedDay whether the day comes after the current version's (else the confirmation is refused)
     */
    public record Preview(int currentVersion, int governed, int takenOver, int dueAtOnce, boolean acceptedDay) {
    }
}
