package nl.schakel.shelter;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Services and profiles for the shelter tests, shaped like the demo region's offer. */
final class ShelterFixtures {

    static final Set<ServiceArea> ALL_AREAS = EnumSet.of(ServiceArea.UTRECHT, ServiceArea.FLEVOLAND,
            ServiceArea.GOOI_EN_VECHT);

    private ShelterFixtures() {
    }

    static CareService service(String name, Set<ExploitationForm> forms, Set<ServedSex> sexes, int minAge, int maxAge,
            Set<ServiceArea> areas, Set<ContraIndication> contra, Set<ContraIndication> support,
            boolean undocumented, boolean minors) {
        return new CareService(UUID.randomUUID(), UUID.randomUUID(), "Aanbieder", name, ServiceKind.SHELTER, forms,
                sexes, minAge, maxAge, Target.VICTIM, undocumented, minors, areas, contra, support, Set.of("Nederlands"),
                IntakeRoute.CARE_COORDINATOR, Payer.MUNICIPALITY, 0, LocalDate.of(2026, 1, 1));
    }

    /** "Meisje 13, seksuele uitbuiting, Flevoland". */
    static SearchProfile girlOf13InFlevoland() {
        return new SearchProfile(13, ServedSex.FEMALE, ExploitationForm.SEXUAL, ServiceArea.FLEVOLAND,
                EnumSet.noneOf(ContraIndication.class), ResidenceStatus.LEGAL, false);
    }
}
