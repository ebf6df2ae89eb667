package nl.schakel.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.intake.Receipt;
import nl.schakel.intake.ReporterContact;
import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalIntake;
import nl.schakel.organisations.Organisation;
import nl.schakel.routing.LegalBasis;
import nl.schakel.routing.ReferralRequest;
import nl.schakel.routing.Referrals;
import nl.schakel.routing.SharedPart;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.PhoneEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Signals for the demo region (issue 16), through the real facades, so a newcomer sees the features at once:
 * professionals' signals in "Mijn signalen", three signals from three reporters about one phone number and person
 * (stacking links them after the seeding commits, and the third crosses the escalation threshold), an anonymous
 * reporter with an unanswered question from the officer, and a referral waiting at the care coordinator. Off in
 * the tests' own demo region ({@code schakel.demo.signals=false}), whose tests count signals themselves.
 */
@Component
@ConditionalOnProperty(name = "schakel.demo.signals", havingValue = "true", matchIfMissing = true)
class SignalsDemo implements DemoContribution {

    static final String STACK_PHONE = "06 4821 7730";

    private final ObjectProvider<SignalIntake> intake;
    private final ObjectProvider<ReporterContact> contact;
    private final ObjectProvider<Referrals> referrals;
    private final Clock clock;

    SignalsDemo(ObjectProvider<SignalIntake> intake, ObjectProvider<ReporterContact> contact, ObjectProvider<Referrals> referrals, Clock clock) {
        this.intake = intake;
        this.contact = contact;
        this.referrals = referrals;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed(DemoRegion region) {
        if (intake.getIfAvailable() == null || contact.getIfAvailable() == null || referrals.getIfAvailable() == null) {
            return; // a module test that starts the demo region without this capability
        }
        UUID utrecht = region.organisation("Gemeente Utrecht").id().value();
        SchakelUser officer = user(region, "af.utrecht");

        // Mijn signalen: what the reporter sent, with its reference.
        intake.getObject().receiveInternal(user(region, "melder"), form("Aan de balie kwam een vrouw een uitkering aanvragen. Een man "
                + "hield haar paspoort vast en gaf alle antwoorden.", utrecht, ReporterType.FRONT_DESK, null, null),
                List.of(), null);

        // A stack: three reporters, one phone number and one person; the third signal escalates.
        intake.getObject().receiveInternal(user(region, "melder"), form("Bij de Wmo-aanvraag belde steeds dezelfde 'neef' mee, "
                + "die zei dat hij alles regelde voor Elena.", utrecht, ReporterType.FRONT_DESK, "Elena Popescu",
                STACK_PHONE), List.of(), null);
        intake.getObject().receiveInternal(user(region, "leidinggevende"), form("Bij een huisbezoek woonden acht vrouwen in een "
                + "bovenwoning; een van hen, Elena, gaf dit nummer als contact.getObject().", utrecht, ReporterType.SOCIAL_TEAM,
                "Elena Popescu", STACK_PHONE), List.of(), null);
        SignalId third = intake.getObject().receiveInternal(user(region, "analist"), form("In een advertentie voor massages staat "
                + "hetzelfde telefoonnummer als bij twee eerdere signalen.", utrecht, ReporterType.OTHER,
                "Elena Popescu", STACK_PHONE), List.of(), null);

        // An anonymous reporter with a question from the officer that is not answered yet.
        Receipt anonymous = intake.getObject().receivePublic(form("Bij de nagelstudio op de hoek werken 's avonds laat nog jonge "
                + "meisjes. Ze worden met een busje gebracht en gehaald.", utrecht, ReporterType.RESIDENT, null, null),
                List.of());
        contact.getObject().messageReporter(officer, anonymous.signalId(), "Dank voor uw melding. Weet u op welke dagen het busje komt?");

        // A referral waiting at the care coordinator.
        Organisation moviera = region.organisation("Moviera");
        referrals.getObject().send(officer, third, new ReferralRequest(moviera.id().value(), LegalBasis.WGS, null,
                EnumSet.of(SharedPart.DESCRIPTION, SharedPart.PERSONS), LocalDate.now(clock).plusDays(5),
                "Graag beoordelen of Elena hulp en opvang nodig heeft.", null));
    }

    static SignalForm form(String description, UUID municipality, ReporterType type, @Nullable String person,
            @Nullable String phone) {
        return form(description, municipality, type, person, PersonEntry.Sex.FEMALE, phone);
    }

    /** A signal as a reporter fills in the form: a description, and at most one possible victim and phone number. */
    static SignalForm form(String description, UUID municipality, ReporterType type, @Nullable String person,
            PersonEntry.Sex sex, @Nullable String phone) {
        List<PersonEntry> persons = person == null ? List.of() : List.of(new PersonEntry(person, sex,
                null, null, null, null, PersonEntry.PersonRole.POSSIBLE_VICTIM));
        List<PhoneEntry> phones = phone == null ? List.of() : List.of(new PhoneEntry(phone));
        return new SignalForm(description, null, municipality, null, persons, List.of(), List.of(), phones, List.of(),
                List.of(), Set.of(), null, Set.of(), Set.of(), false, false, false, false, false, type,
                type == ReporterType.RESIDENT, null, null, null, null, false, null, null, null);
    }

    /** The demo user as the facades know a logged-in person. */
    static SchakelUser user(DemoRegion region, String username) {
        DemoRegionSeeder.DemoUser demo = DemoRegionSeeder.DemoUser.ALL.stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        Organisation organisation = region.organisation(demo.organisation());
        return new SchakelUser(region.user(username).value(), username, demo.displayName(), organisation.id().value(),
                organisation.name(), region.region().id().value(), demo.roles(), false, null);
    }
}
