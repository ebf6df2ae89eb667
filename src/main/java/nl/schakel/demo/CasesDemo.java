package nl.schakel.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import nl.schakel.cases.CaseEnums.EscalationLevel;
import nl.schakel.cases.CaseEnums.Focus;
import nl.schakel.cases.CaseEnums.ParticipantRole;
import nl.schakel.cases.CaseId;
import nl.schakel.cases.CaseRecords;
import nl.schakel.cases.CaseScope;
import nl.schakel.signal.SignalCensus;
import nl.schakel.signal.Signals;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * One active case led by Gemeente Utrecht (af.utrecht) with Moviera (care), the police (criminal) and Pretty Human
 * (care) as participants, two milestones of which one is overdue, and a last onder dwangsom with a
 * begunstigingstermijn of 14 days; Utrecht's first two demo signals are taken into it.
 */
@Component
class CasesDemo implements DemoContribution {

    private static final String BASIS = "Convenant RIEC Midden-Nederland, art. 3 (gezamenlijke verwerking)";

    private final ObjectProvider<CaseRecords> cases;
    private final ObjectProvider<SignalCensus> census;
    private final ObjectProvider<Signals> signals;
    private final Clock clock;

    CasesDemo(ObjectProvider<CaseRecords> cases, ObjectProvider<SignalCensus> census, ObjectProvider<Signals> signals,
            Clock clock) {
        this.cases = cases;
        this.census = census;
        this.signals = signals;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void seed(DemoRegion region) {
        if (cases.getIfAvailable() == null) {
            return; // a module test that starts the demo region without this capability
        }
        LocalDate today = LocalDate.now(clock);
        var utrecht = region.organisation("Gemeente Utrecht").id().value();
        var moviera = region.organisation("Moviera").id().value();
        var police = region.organisation("Politie Midden-Nederland – TMM").id().value();
        var prettyHuman = region.organisation("Pretty Human").id().value();
        CaseId id = cases.getObject().activeCase(region.region().id().value(), utrecht, region.user("af.utrecht").value(),
                "Nagelstudio Kanaleneiland", Focus.PREMISES, Set.of("LABOUR"), EscalationLevel.LOCAL, BASIS);
        cases.getObject().participant(id, moviera, region.user("zorgcoordinator").value(), ParticipantRole.CONTRIBUTOR,
                EnumSet.of(CaseScope.CORE, CaseScope.CARE), BASIS);
        cases.getObject().participant(id, police, region.user("politie").value(), ParticipantRole.CONTRIBUTOR,
                EnumSet.of(CaseScope.CORE, CaseScope.SUBJECTS, CaseScope.CRIMINAL), BASIS);
        cases.getObject().participant(id, prettyHuman, region.user("zorgaanbieder").value(), ParticipantRole.ADVISOR,
                EnumSet.of(CaseScope.CORE, CaseScope.CARE), BASIS);
        cases.getObject().milestone(id, "Opvangplek voor de medewerkers geregeld", moviera,
                region.user("zorgcoordinator").value(), today.minusDays(3));
        cases.getObject().milestone(id, "Integrale controle uitgevoerd", utrecht, region.user("af.utrecht").value(),
                today.plusDays(21));
        cases.getObject().decidedIntervention(id, "ORDER_SUBJECT_TO_PENALTY", utrecht, "Burgemeester van Utrecht", 14,
                500_000L, today.minusDays(2));
        takeInSignals(id, utrecht, region.user("af.utrecht").value());
    }

    /**
     * The first two of Utrecht's demo signals (when the signal demo ran) go into the case, so the funnel's "in a case"
     * and "intervention" steps show something on the dashboard.
     */
    private void takeInSignals(CaseId id, UUID utrecht, UUID officer) {
        SignalCensus all = census.getIfAvailable();
        Signals facade = signals.getIfAvailable();
        if (all == null || facade == null) {
            return;
        }
        all.all().stream().filter(signal -> facade.receivingOrganisation(signal).filter(utrecht::equals).isPresent())
                .limit(2).forEach(signal -> cases.getObject().signal(id, signal, officer));
    }
}
