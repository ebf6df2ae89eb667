package nl.schakel.handling.internal;

import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.handling.ClassificationProposal;
import nl.schakel.signal.SignalFacts;
import nl.schakel.stacking.Stacks;
import org.springframework.stereotype.Component;

/** The classification proposal for a signal: its facts, scored with the catalogue it was reported with and its stack. */
@Component
public class Proposer {

    private final ProposalRules rules;
    private final IndicatorCatalogues catalogues;
    private final Stacks stacks;

    Proposer(ProposalRules rules, IndicatorCatalogues catalogues, Stacks stacks) {
        this.rules = rules;
        this.catalogues = catalogues;
        this.stacks = stacks;
    }

    public ClassificationProposal propose(SignalFacts signal) {
        Stacks.StackWeight stack = stacks.weight(signal.id());
        return rules.propose(signal, catalogues.version(signal.catalogueVersion()).orElseGet(catalogues::current),
                stack.otherSignals(), stack.escalated());
    }
}
