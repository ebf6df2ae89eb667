package nl.schakel.shelter;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.schakel.shelter.SearchResult.Exclusion;
import nl.schakel.shelter.SearchResult.Match;
import nl.schakel.shelter.SearchResult.Rank;
import nl.schakel.shelter.internal.PlacementMatcher;
import org.junit.jupiter.api.Test;

import static nl.schakel.shelter.ShelterFixtures.ALL_AREAS;
import static nl.schakel.shelter.ShelterFixtures.girlOf13InFlevoland;
import static nl.schakel.shelter.ShelterFixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

/** Which services fit a profile, why the others do not, and in which order the fitting ones come. */
class PlacementMatcherTests {

    private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");
    private static final Set<ContraIndication> NONE = EnumSet.noneOf(ContraIndication.class);

    private final CareService protected1218 = service("Beschermde opvang 12–18 (landelijk)",
            EnumSet.of(ExploitationForm.SEXUAL, ExploitationForm.CRIMINAL), EnumSet.noneOf(ServedSex.class), 12, 18,
            EnumSet.of(ServiceArea.NATIONAL), NONE, EnumSet.of(ContraIndication.LVB), true, true);
    private final CareService prettyHuman = service("Pretty Human jongerenopvang",
            EnumSet.of(ExploitationForm.SEXUAL), EnumSet.noneOf(ServedSex.class), 12, 23,
            EnumSet.of(ServiceArea.UTRECHT), NONE, NONE, false, false);
    private final CareService belle = service("Belle opvang 18+", EnumSet.of(ExploitationForm.SEXUAL),
            EnumSet.of(ServedSex.FEMALE), 18, 99, ALL_AREAS, NONE, NONE, false, false);
    private final CareService moviera = service("Moviera opvang", EnumSet.noneOf(ExploitationForm.class),
            EnumSet.noneOf(ServedSex.class), 12, 99, ALL_AREAS, EnumSet.of(ContraIndication.SEVERE_MULTI_PROBLEM),
            NONE, false, false);

    @Test
    void aGirlOf13InFlevolandFindsTheProtectedShelterAndLearnsWhyNotTheOthers() {
        PlacementMatcher.Outcome outcome = PlacementMatcher.match(girlOf13InFlevoland(),
                List.of(protected1218, prettyHuman, belle), Map.of(protected1218.id(), free(protected1218, 2, 0)),
                NOW);

        assertThat(outcome.matches()).extracting(m -> m.service().name())
                .containsExactly("Beschermde opvang 12–18 (landelijk)");
        assertThat(outcome.matches().get(0).capacity().available()).isEqualTo(2);
        assertThat(outcome.matches().get(0).rank()).isEqualTo(Rank.FREE);
        assertThat(reasons(outcome, prettyHuman)).containsExactly(ExclusionReason.AREA);
        assertThat(reasons(outcome, belle)).containsExactly(ExclusionReason.AGE);
    }

    @Test
    void everyReasonIsNamedAndSupportMakesAContraIndicationAcceptable() {
        SearchProfile undocumentedBoy = new SearchProfile(30, ServedSex.MALE, ExploitationForm.LABOUR,
                ServiceArea.UTRECHT, EnumSet.of(ContraIndication.SEVERE_MULTI_PROBLEM, ContraIndication.LVB),
                ResidenceStatus.UNDOCUMENTED, true);
        PlacementMatcher.Outcome outcome = PlacementMatcher.match(undocumentedBoy, List.of(belle, moviera,
                protected1218), Map.of(), NOW);

        assertThat(reasons(outcome, belle)).containsExactlyInAnyOrder(ExclusionReason.SEX, ExclusionReason.FORM,
                ExclusionReason.RESIDENCE_STATUS, ExclusionReason.UNACCOMPANIED_MINOR);
        assertThat(reasons(outcome, moviera)).containsExactlyInAnyOrder(ExclusionReason.CONTRA_INDICATION,
                ExclusionReason.RESIDENCE_STATUS, ExclusionReason.UNACCOMPANIED_MINOR);
        assertThat(reasons(outcome, protected1218)).containsExactlyInAnyOrder(ExclusionReason.AGE,
                ExclusionReason.FORM);

        SearchProfile withLvb = new SearchProfile(14, ServedSex.MALE, ExploitationForm.CRIMINAL, ServiceArea.UTRECHT,
                EnumSet.of(ContraIndication.LVB), ResidenceStatus.LEGAL, false);
        Match match = PlacementMatcher.match(withLvb, List.of(protected1218), Map.of(), NOW).matches().get(0);
        assertThat(match.needsSupport()).containsExactly(ContraIndication.LVB);
    }

    @Test
    void freeAndCurrentComeFirstThenTheWaitingListThenWhatIsStale() {
        CareService a = service("A", EnumSet.noneOf(ExploitationForm.class), EnumSet.noneOf(ServedSex.class), 0, 99,
                ALL_AREAS, NONE, NONE, false, false);
        CareService b = service("B", a.forms(), a.sexes(), 0, 99, ALL_AREAS, NONE, NONE, false, false);
        CareService c = service("C", a.forms(), a.sexes(), 0, 99, ALL_AREAS, NONE, NONE, false, false);
        CareService d = service("D", a.forms(), a.sexes(), 0, 99, ALL_AREAS, NONE, NONE, false, false);
        CareService full = service("E", a.forms(), a.sexes(), 0, 99, ALL_AREAS, NONE, NONE, false, false);
        Map<java.util.UUID, CapacityFigure> figures = Map.of(
                a.id(), figure(a, 5, 0, CapacityStatus.CAPACITY, Duration.ofHours(80)),
                b.id(), figure(b, 0, 4, CapacityStatus.WAITLIST, Duration.ofHours(2)),
                c.id(), figure(c, 1, 0, CapacityStatus.CAPACITY, Duration.ofHours(30)),
                full.id(), figure(full, 0, 0, CapacityStatus.NO_CAPACITY, Duration.ofHours(1)));

        PlacementMatcher.Outcome outcome = PlacementMatcher.match(girlOf13InFlevoland(), List.of(a, b, c, d, full),
                figures, NOW);

        assertThat(outcome.matches()).extracting(m -> m.service().name() + ":" + m.rank())
                .containsExactly("C:FREE", "B:WAITLIST", "A:STALE", "D:STALE");
        assertThat(reasons(outcome, full)).containsExactly(ExclusionReason.NO_CAPACITY);
        assertThat(figures.get(c.id()).freshness(NOW)).isEqualTo(CapacityFigure.Freshness.NOT_CURRENT);
        assertThat(figures.get(b.id()).freshness(NOW)).isEqualTo(CapacityFigure.Freshness.CURRENT);
    }

    @Test
    void servicesThatAreNoPlacementAreNotSearched() {
        CareService ambulant = new CareService(belle.id(), belle.providerOrganisationId(), "", "Ambulant",
                ServiceKind.AMBULANT, belle.forms(), belle.sexes(), 0, 99, Target.VICTIM, true, true, ALL_AREAS, NONE,
                NONE, Set.of(), IntakeRoute.DIRECT, Payer.MUNICIPALITY, 0, null);
        PlacementMatcher.Outcome outcome = PlacementMatcher.match(girlOf13InFlevoland(), List.of(ambulant), Map.of(),
                NOW);
        assertThat(outcome.matches()).isEmpty();
        assertThat(outcome.excluded()).isEmpty();
    }

    private static Set<ExclusionReason> reasons(PlacementMatcher.Outcome outcome, CareService service) {
        return outcome.excluded().stream().filter(e -> e.service().equals(service)).findFirst()
                .map(Exclusion::reasons).orElseThrow();
    }

    private static CapacityFigure free(CareService service, int available, int waitlist) {
        return figure(service, available, waitlist, CapacityStatus.CAPACITY, Duration.ofHours(1));
    }

    private static CapacityFigure figure(CareService service, int available, int waitlist, CapacityStatus status,
            Duration age) {
        return new CapacityFigure(service.id(), "bedden", 6, 6, available, 0, waitlist, status, null,
                NOW.minus(age));
    }
}
