package nl.schakel.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.handling.ClassificationLevel;
import nl.schakel.handling.Classifications;
import nl.schakel.handling.ClosingOutcome;
import nl.schakel.handling.FeedbackTemplate;
import nl.schakel.handling.SignalHandling;
import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalIntake;
import nl.schakel.routing.LegalBasis;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.SignalBackdating;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalProgress;
import nl.schakel.signal.SignalStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Signals for the council report (issue 14): the report opens on last year, so Utrecht gets, last year (moved back
 * to mid-September) and this year, four signals that went the whole route — triaged, weighed, routed to the
 * police, the care coordinator and the labour inspectorate, answered with feedback, the reporter informed, closed —
 * with different forms, channels and reporter types. {@link ReportYearCasesDemo} takes the first two into a case.
 * Off with {@link SignalsDemo} in the tests' own demo region.
 */
@Component
@ConditionalOnProperty(name = "schakel.demo.signals", havingValue = "true", matchIfMissing = true)
class ReportYearSignalsDemo implements DemoContribution {

    private final ObjectProvider<SignalIntake> intake;
    private final ObjectProvider<SignalProgress> progress;
    private final ObjectProvider<Classifications> classifications;
    private final ObjectProvider<SignalHandling> handling;
    private final ObjectProvider<SignalBackdating> backdating;
    private final DemoReferrals referrals;
    private final Clock clock;
    private final Map<Integer, List<SignalId>> forCases = new HashMap<>();

    ReportYearSignalsDemo(ObjectProvider<SignalIntake> intake, ObjectProvider<SignalProgress> progress,
            ObjectProvider<Classifications> classifications, ObjectProvider<SignalHandling> handling,
            ObjectProvider<SignalBackdating> backdating, DemoReferrals referrals, Clock clock) {
        this.intake = intake;
        this.progress = progress;
        this.classifications = classifications;
        this.handling = handling;
        this.backdating = backdating;
        this.referrals = referrals;
        this.clock = clock;
    }

    /** Last year (moved back to 15 September) and this year (not moved), with the days to move back. */
    static Map<Integer, Integer> daysBack(LocalDate today) {
        Map<Integer, Integer> years = new LinkedHashMap<>();
        int last = today.getYear() - 1;
        years.put(last, (int) ChronoUnit.DAYS.between(LocalDate.of(last, 9, 15), today));
        years.put(today.getYear(), 0);
        return years;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void seed(DemoRegion region) {
        if (intake.getIfAvailable() == null || progress.getIfAvailable() == null
                || classifications.getIfAvailable() == null || handling.getIfAvailable() == null
                || backdating.getIfAvailable() == null || !referrals.available()) {
            return; // a module test that starts the demo region without these capabilities
        }
        daysBack(LocalDate.now(clock)).forEach((year, days) -> forCases.put(year, year(region, days)));
    }

    /** The signals of this year to take into a case (none when this demo did not run). */
    List<SignalId> forCase(int year) {
        return forCases.getOrDefault(year, List.of());
    }

    private List<SignalId> year(DemoRegion region, int days) {
        SchakelUser officer = SignalsDemo.user(region, "af.utrecht");
        SchakelUser reporter = SignalsDemo.user(region, "leidinggevende"); // a manager: no co-signature
        UUID utrecht = region.organisation("Gemeente Utrecht").id().value();
        List<SignalId> taken = new ArrayList<>();

        SignalId runner = intake.getObject().receiveInternal(reporter, form("Een jongen van zestien brengt 's avonds "
                + "pakketjes rond voor een oudere man en durft niet te stoppen.", utrecht, ReporterType.FRONT_DESK,
                person("T.", PersonEntry.Sex.MALE, 16), Set.of("CRIMINAL")), List.of(), null);
        routed(region, officer, runner, "politie", LegalBasis.WPG, days);
        taken.add(runner);

        SignalId salon = intake.getObject().receiveInternal(reporter, form("Een vrouw van tweeëntwintig werkt in een "
                + "salon, woont erboven en geeft haar verdiensten af.", utrecht, ReporterType.SOCIAL_TEAM,
                person("R.", PersonEntry.Sex.FEMALE, 22), Set.of("SEXUAL")), List.of(), null);
        routed(region, officer, salon, "zorgcoordinator", LegalBasis.WGS, days);
        taken.add(salon);

        SignalId site = intake.getObject().receivePublic(form("Op een bouwplaats slapen arbeiders in containers en "
                + "krijgen zij hun loon contant, minus huur.", utrecht, ReporterType.RESIDENT, null,
                Set.of("LABOUR")), List.of()).signalId();
        routed(region, officer, site, "nla.opsporing", LegalBasis.OTHER, days);

        SignalId unclear = intake.getObject().receiveInternal(reporter, form("Een bezoeker vertelde over een neef die "
                + "veel uren maakt; meer wist zij niet.", utrecht, ReporterType.HOUSING, null, Set.of()), List.of(),
                null);
        handling.getObject().informReporter(officer, unclear, FeedbackTemplate.NO_TRAFFICKING,
                "Wij hebben uw signaal bekeken en vonden geen aanwijzingen voor uitbuiting. Dank voor uw melding.");
        handling.getObject().close(officer, unclear, ClosingOutcome.NO_TRAFFICKING, null, null);
        moveBack(unclear, days);
        return taken;
    }

    /** Weighed "possibly trafficking", answered by the partner, the reporter informed, closed as handed over. */
    private void routed(DemoRegion region, SchakelUser officer, SignalId signal, String partnerUser, LegalBasis basis,
            int days) {
        classifications.getObject().classify(officer, signal, ClassificationLevel.POSSIBLE_TRAFFICKING,
                "Meerdere signalen van uitbuiting in de beschrijving.");
        progress.getObject().advanceIfAllowed(signal, SignalStatus.ROUTED, officer.userId());
        referrals.answered(region, officer, signal, partnerUser, basis, days);
        progress.getObject().advanceIfAllowed(signal, SignalStatus.FEEDBACK_RECEIVED, null);
        handling.getObject().informReporter(officer, signal, FeedbackTemplate.HANDED_OVER,
                "Dank voor uw melding. Wij hebben het signaal doorgegeven aan een partner die het oppakt.");
        handling.getObject().close(officer, signal, ClosingOutcome.HANDED_OVER, null, null);
        moveBack(signal, days);
    }

    private void moveBack(SignalId signal, int days) {
        if (days > 0) {
            backdating.getObject().moveBack(signal, days);
        }
    }

    private static @Nullable PersonEntry person(String name, PersonEntry.Sex sex, int age) {
        return new PersonEntry(name, sex, age, null, null, null, PersonEntry.PersonRole.POSSIBLE_VICTIM);
    }

    private static SignalForm form(String description, UUID municipality, ReporterType type,
            @Nullable PersonEntry person, Set<String> forms) {
        return new SignalForm(description, null, municipality, null, person == null ? List.of() : List.of(person),
                List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(), null, forms, Set.of(), false, false,
                false, false, false, type, type == ReporterType.RESIDENT, null, null, null, null, false, null, null,
                null);
    }
}
