package nl.schakel.handling;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.schakel.catalogue.CatalogueItem;
import nl.schakel.catalogue.IndicatorCatalogue;
import nl.schakel.catalogue.IndicatorGroup;
import nl.schakel.handling.ClassificationProposal.Kind;
import nl.schakel.handling.internal.ProposalRules;
import nl.schakel.routing.ReferralTally;
import nl.schakel.signal.Channel;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalFacts;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalStatus;
import nl.schakel.signal.Vulnerability;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HandlingRulesTests {

    private static final HandlingProperties DEFAULTS = new HandlingProperties(1, 6, 12);
    private static final IndicatorCatalogue CATALOGUE = new IndicatorCatalogue(1, List.of(new IndicatorGroup("G", "g",
            "g", List.of(new CatalogueItem("STRONG", "s", "s", 3), new CatalogueItem("SOFT", "z", "z", 1)))),
            List.of(new CatalogueItem("LABOUR", "a", "a", 0)));

    @Test
    void everyPointOfTheProposalHasANamedReason() {
        ClassificationProposal proposal = new ProposalRules(DEFAULTS).propose(
                signal(Set.of("STRONG", "SOFT"), Set.of("LABOUR"), EnumSet.of(Vulnerability.MINOR, Vulnerability.DEBTS),
                        true), CATALOGUE, 2, false);

        assertThat(proposal.contributions()).extracting(c -> c.kind() + ":" + c.code() + ":" + c.points())
                .containsExactlyInAnyOrder("INDICATOR:STRONG:3", "INDICATOR:SOFT:1", "EXPLOITATION_FORM:LABOUR:1",
                        "VULNERABILITY:MINOR:1", "ACUTE:ACUTE:2", "STACKED_SIGNALS:2:2");
        assertThat(proposal.score()).isEqualTo(10);
        assertThat(proposal.level()).isEqualTo(ClassificationLevel.POSSIBLE_TRAFFICKING);
    }

    @Test
    void theThresholdsDecideTheProposedLevelAndTheStackCountsAtMostFour() {
        ProposalRules rules = new ProposalRules(DEFAULTS);
        assertThat(rules.propose(signal(Set.of(), Set.of(), Set.of(), false), CATALOGUE, 0, false).level())
                .isEqualTo(ClassificationLevel.NO_TRAFFICKING);
        assertThat(rules.propose(signal(Set.of("SOFT"), Set.of(), Set.of(), false), CATALOGUE, 0, false).level())
                .isEqualTo(ClassificationLevel.NO_TRAFFICKING_RISK_FACTORS);
        ClassificationProposal stacked = rules.propose(signal(Set.of("STRONG"), Set.of(), Set.of(), false), CATALOGUE,
                9, true);
        assertThat(stacked.score()).isEqualTo(3 + 4 + 3);
        assertThat(stacked.contributions()).extracting(ClassificationProposal.Contribution::kind)
                .contains(Kind.ESCALATED);
        assertThat(new ProposalRules(new HandlingProperties(1, 3, 5))
                .propose(signal(Set.of("STRONG"), Set.of("LABOUR"), Set.of(), true), CATALOGUE, 0, false).level())
                .isEqualTo(ClassificationLevel.TRAFFICKING);
    }

    @Test
    void onlyTraffickingNeedsASecondPersonAndOnlySideExitsSkipTheReporter() {
        assertThat(EnumSet.allOf(ClassificationLevel.class)).filteredOn(ClassificationLevel::needsSecondPerson)
                .containsExactly(ClassificationLevel.TRAFFICKING);
        assertThat(EnumSet.allOf(ClosingOutcome.class)).filteredOn(ClosingOutcome::isSideExit)
                .containsExactlyInAnyOrder(ClosingOutcome.MERGED, ClosingOutcome.WITHDRAWN);
        assertThat(ClosingOutcome.MERGED.status()).isEqualTo(SignalStatus.MERGED_INTO_CASE);
    }

    @Test
    void theWorkbenchPutsOverdueBeforeWaitingAndFinalStatesInClosed() {
        assertThat(Workbench.bucketOf(SignalStatus.ROUTED, new ReferralTally(3, 2, 1, 0)))
                .isEqualTo(Workbench.Bucket.OVERDUE);
        assertThat(Workbench.bucketOf(SignalStatus.ROUTED, new ReferralTally(1, 1, 0, 0)))
                .isEqualTo(Workbench.Bucket.WAITING_FOR_PARTNER);
        assertThat(Workbench.bucketOf(SignalStatus.FEEDBACK_RECEIVED, ReferralTally.NONE))
                .isEqualTo(Workbench.Bucket.IN_PROGRESS);
        assertThat(Workbench.bucketOf(SignalStatus.RECEIVED, ReferralTally.NONE)).isEqualTo(Workbench.Bucket.NEW);
        assertThat(Workbench.bucketOf(SignalStatus.WITHDRAWN, new ReferralTally(1, 1, 1, 0)))
                .isEqualTo(Workbench.Bucket.CLOSED);
    }

    private static SignalFacts signal(Set<String> indicators, Set<String> forms, Set<Vulnerability> vulnerabilities,
            boolean acute) {
        return new SignalDetail(new SignalId(java.util.UUID.randomUUID()), "S-1", SignalStatus.IN_TRIAGE,
                Channel.ONLINE_FORM, ReporterType.RESIDENT, null, java.util.UUID.randomUUID(), "d", null, null, 1,
                indicators, null, forms, vulnerabilities.isEmpty() ? EnumSet.noneOf(Vulnerability.class)
                        : EnumSet.copyOf(vulnerabilities), false, false, false, acute, false, false, true,
                Instant.now(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()).facts();
    }
}
