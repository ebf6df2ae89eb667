package nl.schakel.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.schakel.cases.CaseBackdating;
import nl.schakel.cases.CaseEnums.EscalationLevel;
import nl.schakel.cases.CaseEnums.Focus;
import nl.schakel.cases.CaseEnums.ParticipantRole;
import nl.schakel.cases.CaseId;
import nl.schakel.cases.CaseRecords;
import nl.schakel.cases.CaseScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A case for T4 of the council report (issue 14), last year (moved back to mid-September) and this year: Utrecht
 * leads, the police take part, {@link ReportYearSignalsDemo}'s first two signals go in, and an integrated inspection
 * (a control) and a closure of the premises are decided. {@link ReportYearVictimsDemo} links a trajectory to it.
 */
@Component
@ConditionalOnProperty(name = "schakel.demo.signals", havingValue = "true", matchIfMissing = true)
class ReportYearCasesDemo implements DemoContribution {

    private static final String BASIS = "Convenant RIEC Midden-Nederland, art. 3 (gezamenlijke verwerking)";

    private final ObjectProvider<CaseRecords> cases;
    private final ObjectProvider<CaseBackdating> backdating;
    private final ReportYearSignalsDemo signals;
    private final Clock clock;
    private final Map<Integer, CaseId> byYear = new HashMap<>();

    ReportYearCasesDemo(ObjectProvider<CaseRecords> cases, ObjectProvider<CaseBackdating> backdating,
            ReportYearSignalsDemo signals, Clock clock) {
        this.cases = cases;
        this.backdating = backdating;
        this.signals = signals;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 610;
    }

    @Override
    public void seed(DemoRegion region) {
        if (cases.getIfAvailable() == null || backdating.getIfAvailable() == null) {
            return; // a module test that starts the demo region without this capability
        }
        LocalDate today = LocalDate.now(clock);
        ReportYearSignalsDemo.daysBack(today).forEach((year, days) -> byYear.put(year, year(region, year, days,
                today.minusDays(days))));
    }

    /** This year's case (none when this demo did not run). */
    Optional<CaseId> caseOf(int year) {
        return Optional.ofNullable(byYear.get(year));
    }

    private CaseId year(DemoRegion region, int year, int days, LocalDate day) {
        CaseRecords records = cases.getObject();
        UUID utrecht = region.organisation("Gemeente Utrecht").id().value();
        UUID officer = region.user("af.utrecht").value();
        CaseId id = records.activeCase(region.region().id().value(), utrecht, officer, "Koeriersdienst Overvecht "
                + year, Focus.PREMISES, Set.of("CRIMINAL", "SEXUAL"), EscalationLevel.LOCAL, BASIS);
        records.participant(id, region.organisation("Politie Midden-Nederland – TMM").id().value(),
                region.user("politie").value(), ParticipantRole.CONTRIBUTOR,
                EnumSet.of(CaseScope.CORE, CaseScope.SUBJECTS, CaseScope.CRIMINAL), BASIS);
        signals.forCase(year).forEach(signal -> records.signal(id, signal, officer));
        records.decidedIntervention(id, "INTEGRATED_INSPECTION", utrecht, "Burgemeester van Utrecht", null, null, day);
        records.decidedIntervention(id, "PREMISES_CLOSURE", utrecht, "Burgemeester van Utrecht", null, null, day);
        if (days > 0) {
            backdating.getObject().moveBack(id, days);
        }
        return id;
    }
}
