package nl.schakel.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationForm;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.shelter.CapacityBoard;
import nl.schakel.shelter.CapacityStatus;
import nl.schakel.shelter.CapacityUpdate;
import nl.schakel.shelter.CareOffer;
import nl.schakel.shelter.ContraIndication;
import nl.schakel.shelter.ExploitationForm;
import nl.schakel.shelter.IntakeRoute;
import nl.schakel.shelter.Payer;
import nl.schakel.shelter.ServedSex;
import nl.schakel.shelter.ServiceArea;
import nl.schakel.shelter.ServiceDescription;
import nl.schakel.shelter.ServiceKind;
import nl.schakel.shelter.Target;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The region's care offer as far as the sources name it (Belle 18+ with free places and no waiting list, Pretty
 * Human for youth up to 23 in Utrecht, Moviera's shelter with its contra-indication for severe multiple problems,
 * COSM with 70 places, Nidos), plus a fictional national protected shelter for 12–18 with 2 places free.
 */
@Component
class ShelterDemo implements DemoContribution {

    static final String COSM = "COSM";
    static final String NIDOS = "Nidos";
    static final String PROTECTED_12_18 = "Beschermde opvang 12–18 (landelijk)";

    private static final Set<ServiceArea> ALL_AREAS =
            EnumSet.of(ServiceArea.UTRECHT, ServiceArea.FLEVOLAND, ServiceArea.GOOI_EN_VECHT);

    private final Organisations organisations;
    private final ObjectProvider<CareOffer> offer;
    private final ObjectProvider<CapacityBoard> board;
    private final Clock clock;

    ShelterDemo(Organisations organisations, ObjectProvider<CareOffer> offer, ObjectProvider<CapacityBoard> board, Clock clock) {
        this.organisations = organisations;
        this.offer = offer;
        this.board = board;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void seed(DemoRegion region) {
        if (offer.getIfAvailable() == null || board.getIfAvailable() == null) {
            return; // a module test that starts the demo region without this capability
        }
        LocalDate today = LocalDate.now(clock);
        UUID regionId = region.region().id().value();
        UUID belle = region.organisation("Belle").id().value();
        UUID prettyHuman = region.organisation("Pretty Human").id().value();
        UUID moviera = region.organisation("Moviera").id().value();
        UUID cosm = organisation(region, COSM);
        UUID nidos = organisation(region, NIDOS);
        UUID protectedShelter = organisation(region, PROTECTED_12_18);

        UUID belleShelter = offer.getObject().saveAsRegion(regionId, belle, new ServiceDescription("Belle opvang 18+",
                ServiceKind.SHELTER, EnumSet.of(ExploitationForm.SEXUAL), EnumSet.of(ServedSex.FEMALE), 18, 99,
                Target.VICTIM, false, false, ALL_AREAS, EnumSet.noneOf(ContraIndication.class),
                EnumSet.noneOf(ContraIndication.class), Set.of("Nederlands", "Engels"), IntakeRoute.CARE_COORDINATOR,
                Payer.MUNICIPALITY, 0, today), "Voorbeeldstraat 1, 3511 AA Utrecht (fictief)");
        places(belleShelter, 4, 2, 0, CapacityStatus.CAPACITY);

        UUID youth = offer.getObject().saveAsRegion(regionId, prettyHuman, new ServiceDescription("Pretty Human jongerenopvang",
                ServiceKind.SHELTER, EnumSet.of(ExploitationForm.SEXUAL, ExploitationForm.CRIMINAL),
                EnumSet.noneOf(ServedSex.class), 12, 23, Target.VICTIM, false, false, EnumSet.of(ServiceArea.UTRECHT),
                EnumSet.of(ContraIndication.ADDICTION), EnumSet.of(ContraIndication.ADDICTION), Set.of("Nederlands"),
                IntakeRoute.CARE_COORDINATOR, Payer.JEUGDWET, 7, today), "Voorbeeldlaan 2, 3512 BB Utrecht (fictief)");
        places(youth, 6, 1, 2, CapacityStatus.CAPACITY);

        UUID movieraShelter = offer.getObject().saveAsRegion(regionId, moviera, new ServiceDescription("Moviera opvang",
                ServiceKind.SHELTER, EnumSet.noneOf(ExploitationForm.class), EnumSet.noneOf(ServedSex.class), 18, 99,
                Target.VICTIM, false, false, EnumSet.of(ServiceArea.UTRECHT),
                EnumSet.of(ContraIndication.SEVERE_MULTI_PROBLEM, ContraIndication.ACUTE_PSYCHIATRY),
                EnumSet.noneOf(ContraIndication.class), Set.of("Nederlands", "Engels", "Arabisch"),
                IntakeRoute.CARE_COORDINATOR, Payer.MUNICIPALITY, 21, today), null);
        places(movieraShelter, 10, 0, 3, CapacityStatus.WAITLIST);

        UUID cosmShelter = offer.getObject().saveAsRegion(regionId, cosm, new ServiceDescription(
                "COSM (categorale opvang slachtoffers mensenhandel)", ServiceKind.SHELTER,
                EnumSet.noneOf(ExploitationForm.class), EnumSet.noneOf(ServedSex.class), 18, 99, Target.VICTIM, true,
                false, EnumSet.of(ServiceArea.NATIONAL), EnumSet.of(ContraIndication.ACUTE_PSYCHIATRY),
                EnumSet.of(ContraIndication.ADDICTION), Set.of("Nederlands", "Engels", "Roemeens", "Bulgaars"),
                IntakeRoute.COMENSHA, Payer.STATE_COSM, 3, today), null);
        places(cosmShelter, 70, 6, 0, CapacityStatus.CAPACITY);

        offer.getObject().saveAsRegion(regionId, nidos, new ServiceDescription("Nidos voogdij alleenstaande minderjarigen",
                ServiceKind.LEGAL, EnumSet.noneOf(ExploitationForm.class), EnumSet.noneOf(ServedSex.class), 0, 17,
                Target.VICTIM, true, true, EnumSet.of(ServiceArea.NATIONAL), EnumSet.noneOf(ContraIndication.class),
                EnumSet.noneOf(ContraIndication.class), Set.of("Nederlands", "Engels", "Arabisch", "Tigrinya"),
                IntakeRoute.NIDOS, Payer.COA_NIDOS, 0, today), null);

        UUID protectedPlaces = offer.getObject().saveAsRegion(regionId, protectedShelter, new ServiceDescription(PROTECTED_12_18,
                ServiceKind.SHELTER, EnumSet.of(ExploitationForm.SEXUAL, ExploitationForm.CRIMINAL),
                EnumSet.noneOf(ServedSex.class), 12, 18, Target.VICTIM, true, true, EnumSet.of(ServiceArea.NATIONAL),
                EnumSet.noneOf(ContraIndication.class), EnumSet.of(ContraIndication.LVB), Set.of("Nederlands"),
                IntakeRoute.CARE_COORDINATOR, Payer.JEUGDWET, 0, today), "Geheim adres 12, 1000 AA Ergens (fictief)");
        places(protectedPlaces, 6, 2, 0, CapacityStatus.CAPACITY);
    }

    private void places(UUID serviceId, int total, int available, int waitlist, CapacityStatus status) {
        board.getObject().reportAsProvider(serviceId, new CapacityUpdate("bedden", total, total, available, 0, waitlist, status),
                null);
    }

    /** The organisation of this name, created as a care provider when no other demo part made it. */
    private UUID organisation(DemoRegion region, String name) {
        @Nullable Organisation known = region.organisations().get(name);
        if (known != null) {
            return known.id().value();
        }
        return organisations.inRegion(region.region().id()).stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseGet(() -> organisations.create(region.region().id(),
                        new OrganisationForm(name, OrganisationType.CARE_PROVIDER, null)))
                .id().value();
    }
}
