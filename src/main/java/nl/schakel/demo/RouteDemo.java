package nl.schakel.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.handling.ClassificationLevel;
import nl.schakel.handling.Classifications;
import nl.schakel.intake.SignalIntake;
import nl.schakel.routing.LegalBasis;
import nl.schakel.routing.PartnerReferrals;
import nl.schakel.routing.ReferralBackdating;
import nl.schakel.routing.ReferralId;
import nl.schakel.routing.ReferralReminders;
import nl.schakel.routing.ReferralRequest;
import nl.schakel.routing.Referrals;
import nl.schakel.routing.SharedPart;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Signals at every step of the route (issue 16, point 9), through the real facades so every module's view agrees
 * (monitoring's facts, notices, stacks): two spellings of one person that stacking proposes to link for review, a
 * classification waiting for the second officer, a referral to the police that is overdue and one to the labour
 * inspectorate's supervision waiting, a referral declined by supervision and routed again to investigation, one at
 * Veilig Thuis, and a new signal in Houten. Besides {@link SignalsDemo} and {@link ClosedSignalsDemo}, and off with
 * them in the tests' own demo region.
 */
@Component
@ConditionalOnProperty(name = "schakel.demo.signals", havingValue = "true", matchIfMissing = true)
class RouteDemo implements DemoContribution {

    private static final String UTRECHT = "Gemeente Utrecht";
    private static final int OVERDUE_DAYS = 12;

    private final ObjectProvider<SignalIntake> intake;
    private final ObjectProvider<Classifications> classifications;
    private final ObjectProvider<Referrals> referrals;
    private final ObjectProvider<PartnerReferrals> partners;
    private final ObjectProvider<ReferralBackdating> backdating;
    private final ObjectProvider<ReferralReminders> reminders;
    private final Clock clock;

    RouteDemo(ObjectProvider<SignalIntake> intake, ObjectProvider<Classifications> classifications,
            ObjectProvider<Referrals> referrals, ObjectProvider<PartnerReferrals> partners,
            ObjectProvider<ReferralBackdating> backdating, ObjectProvider<ReferralReminders> reminders, Clock clock) {
        this.intake = intake;
        this.classifications = classifications;
        this.referrals = referrals;
        this.partners = partners;
        this.backdating = backdating;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed(DemoRegion region) {
        if (classifications.getIfAvailable() == null || referrals.getIfAvailable() == null
                || partners.getIfAvailable() == null || intake.getIfAvailable() == null) {
            return; // a module test that starts the demo region without these capabilities
        }
        SchakelUser officer = SignalsDemo.user(region, "af.utrecht");
        SchakelUser reporter = SignalsDemo.user(region, "melder");
        UUID utrecht = region.organisation(UTRECHT).id().value();

        // Two spellings of one man: stacking proposes the link (after the seeding commits) for the officer to review.
        signal(reporter, "Een man die zich Mohamed el Amrani noemt, haalt elke ochtend arbeiders op bij het station.",
                utrecht, "Mohamed el Amrani");
        signal(reporter, "Op de bouwplaats aan de Croeselaan werkt Mohammed El-Amrani zonder rooster of contract.",
                utrecht, "Mohammed El-Amrani");

        // The first officer chose "mensenhandel": it waits for the second officer (four eyes).
        SignalId weighed = signal(reporter, "Een jonge vrouw slaapt in de massagesalon waar ze werkt en heeft geen "
                + "eigen telefoon.", utrecht, null);
        classifications.getObject().classify(officer, weighed, ClassificationLevel.TRAFFICKING,
                "Zij woont op haar werk, heeft geen eigen middelen en wordt steeds gebracht.");

        // Overdue at the police, waiting at the labour inspectorate's supervision.
        SignalId overdue = signal(reporter, "In een loods aan de Atoomweg wonen en werken twintig arbeiders; de deur "
                + "gaat 's nachts op slot.", utrecht, null);
        ReferralId police = send(officer, overdue, region, "Politie Midden-Nederland – TMM", LegalBasis.WPG,
                "Graag een controle van de loods.");
        backdating.getObject().moveBack(police, OVERDUE_DAYS);
        send(officer, overdue, region, "Nederlandse Arbeidsinspectie – toezicht", LegalBasis.OTHER,
                "Graag de arbeidsomstandigheden in de loods bekijken.");

        // Declined by supervision ("this is for investigation"), and routed again to investigation.
        SignalId rerouted = signal(reporter, "Een uitzendbureau houdt de paspoorten van zijn uitzendkrachten in een "
                + "kluis en houdt huur in op hun loon.", utrecht, null);
        ReferralId declined = send(officer, rerouted, region, "Nederlandse Arbeidsinspectie – toezicht",
                LegalBasis.OTHER, "Graag beoordelen.");
        SchakelUser supervision = SignalsDemo.user(region, "nla.toezicht");
        partners.getObject().answer(PartnerReferrals.Partner.of(supervision).orElseThrow(), declined,
                PartnerReferrals.Answer.DECLINE, "Dit vraagt om strafrechtelijk onderzoek: stuur het naar opsporing.");
        send(officer, rerouted, region, "Nederlandse Arbeidsinspectie – opsporing", LegalBasis.OTHER,
                "Doorgestuurd op advies van toezicht.");

        // A household with children, for Veilig Thuis.
        SignalId household = signal(reporter, "Een moeder en twee kinderen wonen in een schuur achter het restaurant "
                + "waar zij werkt; de kinderen gaan niet naar school.", utrecht, null);
        send(officer, household, region, "Veilig Thuis Utrecht", LegalBasis.MELDCODE, "Kinderen in beeld.");

        // New at the other municipality.
        intake.getObject().receivePublic(SignalsDemo.form("In het bedrijfspand naast mijn huis in Houten brandt 's "
                + "nachts licht en er slapen mensen.", region.organisation("Gemeente Houten").id().value(),
                ReporterType.RESIDENT, null, PersonEntry.Sex.UNKNOWN, null), List.of());

        // The overdue referral is noticed as the schedule would notice it.
        reminders.getObject().run();
    }

    private SignalId signal(SchakelUser reporter, String description, UUID municipality, @Nullable String person) {
        return intake.getObject().receiveInternal(reporter, SignalsDemo.form(description, municipality,
                ReporterType.FRONT_DESK, person, PersonEntry.Sex.MALE, null), List.of(), null);
    }

    private ReferralId send(SchakelUser officer, SignalId signal, DemoRegion region, String partner, LegalBasis basis,
            String note) {
        return referrals.getObject().send(officer, signal, new ReferralRequest(
                region.organisation(partner).id().value(), basis, basis == LegalBasis.OTHER
                        ? "Convenant Zorg- en Veiligheidshuis regio Utrecht" : null,
                EnumSet.of(SharedPart.DESCRIPTION), LocalDate.now(clock).plusDays(7), note, null));
    }
}
