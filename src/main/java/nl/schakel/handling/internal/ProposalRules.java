package nl.schakel.handling.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.schakel.catalogue.CatalogueItem;
import nl.schakel.catalogue.IndicatorCatalogue;
import nl.schakel.handling.ClassificationLevel;
import nl.schakel.handling.ClassificationProposal;
import nl.schakel.handling.ClassificationProposal.Contribution;
import nl.schakel.handling.ClassificationProposal.Kind;
import nl.schakel.handling.HandlingProperties;
import nl.schakel.signal.SignalFacts;
import nl.schakel.signal.Vulnerability;

/**
 * A transparent score over what a signal holds and how far its subjects stacked up. The weights are
 * deliberately plain — the catalogue's indicator weight (1 soft, 2 clear, 3 strong) and a few fixed
 * points — so an officer can check every point; a national scoring model can replace them later.
 */
@org.springframework.stereotype.Component
public final class ProposalRules {

    /** Vulnerabilities that make exploitation markedly more likely (seed 002 §3, seed 003 §2). */
    static final Set<Vulnerability> WEIGHTY = EnumSet.of(Vulnerability.MINOR, Vulnerability.UNDOCUMENTED,
            Vulnerability.LIGHT_INTELLECTUAL_DISABILITY);
    static final int STACKED_MAX = 4;

    private final HandlingProperties properties;

    public ProposalRules(HandlingProperties properties) {
        this.properties = properties;
    }

    public ClassificationProposal propose(SignalFacts signal, IndicatorCatalogue catalogue, int stackedSignals,
            boolean escalated) {
        List<Contribution> contributions = new ArrayList<>();
        for (String code : signal.indicators()) {
            int weight = catalogue.indicator(code).map(CatalogueItem::weight).filter(w -> w > 0).orElse(1);
            contributions.add(new Contribution(Kind.INDICATOR, code, weight));
        }
        signal.exploitationForms().stream().filter(form -> !"UNKNOWN".equals(form))
                .forEach(form -> contributions.add(new Contribution(Kind.EXPLOITATION_FORM, form, 1)));
        signal.vulnerabilities().stream().filter(WEIGHTY::contains)
                .forEach(v -> contributions.add(new Contribution(Kind.VULNERABILITY, v.name(), 1)));
        if (signal.acute()) {
            contributions.add(new Contribution(Kind.ACUTE, "ACUTE", 2));
        }
        if (signal.dangerToVictim()) {
            contributions.add(new Contribution(Kind.DANGER_TO_VICTIM, "DANGER_TO_VICTIM", 2));
        }
        if (stackedSignals > 0) {
            contributions.add(new Contribution(Kind.STACKED_SIGNALS, Integer.toString(stackedSignals),
                    Math.min(stackedSignals, STACKED_MAX)));
        }
        if (escalated) {
            contributions.add(new Contribution(Kind.ESCALATED, "ESCALATED", 3));
        }
        int score = contributions.stream().mapToInt(Contribution::points).sum();
        return new ClassificationProposal(level(score), score, List.copyOf(contributions));
    }

    ClassificationLevel level(int score) {
        if (score >= properties.traffickingFrom()) {
            return ClassificationLevel.TRAFFICKING;
        }
        if (score >= properties.possibleFrom()) {
            return ClassificationLevel.POSSIBLE_TRAFFICKING;
        }
        return score >= properties.riskFactorsFrom() ? ClassificationLevel.NO_TRAFFICKING_RISK_FACTORS
                : ClassificationLevel.NO_TRAFFICKING;
    }
}
