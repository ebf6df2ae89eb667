package nl.schakel.routing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.organisations.Organisation;
import nl.schakel.routing.internal.PartnerAccounts;
import nl.schakel.routing.internal.PartnerSettings;
import nl.schakel.routing.internal.RoutingRules;
import nl.schakel.signal.SignalFacts;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.Signals;
import org.springframework.stereotype.Service;

/**
 * Which partners the region's rules recommend for a signal, and why (route step 4, before sending). Only a
 * designated officer of the signal's receiving organisation gets an answer; the look is audited.
 */
@Service
public class Recommendations {

    private final ReferralChecks checks;
    private final RoutingRules rules;
    private final PartnerSettings settings;
    private final PartnerAccounts accounts;
    private final Signals signals;
    private final AuditTrail audit;
    private final Clock clock;

    Recommendations(ReferralChecks checks, RoutingRules rules, PartnerSettings settings, PartnerAccounts accounts,
            Signals signals, AuditTrail audit, Clock clock) {
        this.checks = checks;
        this.rules = rules;
        this.settings = settings;
        this.accounts = accounts;
        this.signals = signals;
        this.audit = audit;
        this.clock = clock;
    }

    /** The partners the region's rules recommend for this signal, with why; always the care coordinator(s). */
    public List<Recommendation> recommend(SchakelUser officer, SignalId signal) {
        return candidates(officer, signal).stream().filter(Recommendation::recommended).toList();
    }

    /** Every partner the officer may route to, recommended ones first (with their reasons). */
    public List<Recommendation> candidates(SchakelUser officer, SignalId signal) {
        if (!signals.visibleTo(officer, signal)) {
            audit.record(Referrals.denied("REFERRAL_RECOMMENDATIONS_VIEWED", "SIGNAL", signal));
            throw new ReferralNotFoundException();
        }
        SignalFacts view = signals.facts(signal).orElseThrow(ReferralNotFoundException::new);
        LocalDate today = LocalDate.now(clock);
        List<Organisation> partners = checks.partners(officer);
        Map<UUID, Set<RoutingFact>> reasons = rules.recommend(officer.regionId(), RoutingFact.of(view, today),
                partners);
        audit.record(AuditEvent.success("REFERRAL_RECOMMENDATIONS_VIEWED", "SIGNAL", signal, Referrals.PURPOSE));
        return partners.stream()
                .map(p -> new Recommendation(p.id().value(), p.name(), p.type(), p.department(),
                        reasons.getOrDefault(p.id().value(), Set.of()).stream().map(RoutingFact::messageKey).toList(),
                        today.plusDays(settings.feedbackDays(p.id().value(), p.type())),
                        accounts.hasAccount(p.id().value())))
                .sorted(Comparator.comparing((Recommendation r) -> !r.recommended()).thenComparing(Recommendation::name))
                .toList();
    }
}
