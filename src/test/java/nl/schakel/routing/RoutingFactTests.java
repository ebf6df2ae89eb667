package nl.schakel.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schakel.signal.AddressEntry;
import nl.schakel.signal.Channel;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalFacts;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalStatus;
import nl.schakel.signal.Vulnerability;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingFactTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void anEmptySignalOnlyHasAlways() {
        assertThat(RoutingFact.of(signal(Set.of(), Set.of(), false, List.of(), List.of()), TODAY))
                .containsExactly(RoutingFact.ALWAYS);
    }

    @Test
    void sexualExploitationOfSomeoneUnder18ByDateOfBirthIsAboutAMinor() {
        PersonEntry girl = new PersonEntry("X", null, null, TODAY.minusYears(15), null, null, null);
        assertThat(RoutingFact.of(signal(Set.of("SEXUAL"), Set.of(), false, List.of(girl), List.of()), TODAY))
                .contains(RoutingFact.SEXUAL_MINOR, RoutingFact.MINOR).doesNotContain(RoutingFact.SEXUAL_ADULT);
    }

    @Test
    void sexualExploitationOfAnAdultIsNotAboutAMinor() {
        PersonEntry woman = new PersonEntry("Y", null, 30, null, null, null, null);
        assertThat(RoutingFact.of(signal(Set.of("SEXUAL"), Set.of(), false, List.of(woman), List.of()), TODAY))
                .contains(RoutingFact.SEXUAL_ADULT).doesNotContain(RoutingFact.SEXUAL_MINOR, RoutingFact.MINOR);
    }

    @Test
    void labourWithAnAddressIsLabourMigrantHousingAndThreeFlagsAreMultiProblem() {
        AddressEntry house = new AddressEntry("Straat", "1", null, "Utrecht");
        Set<Vulnerability> flags = Set.of(Vulnerability.UNDOCUMENTED, Vulnerability.DEBTS, Vulnerability.HOMELESS);
        assertThat(RoutingFact.of(signal(Set.of("LABOUR"), flags, true, List.of(), List.of(house)), TODAY))
                .contains(RoutingFact.LABOUR, RoutingFact.LABOUR_MIGRANT_HOUSING, RoutingFact.ACUTE,
                        RoutingFact.UNDOCUMENTED, RoutingFact.MULTI_PROBLEM);
        assertThat(RoutingFact.of(signal(Set.of("LABOUR"), Set.of(Vulnerability.DEBTS), false, List.of(), List.of()),
                TODAY)).contains(RoutingFact.LABOUR)
                .doesNotContain(RoutingFact.LABOUR_MIGRANT_HOUSING, RoutingFact.MULTI_PROBLEM, RoutingFact.ACUTE);
    }

    @Test
    void anUnaccompaniedMinorIsAMinorAndAFactWhoseRecommendationIsMandatory() {
        PersonEntry boy = new PersonEntry("Z", null, 16, null, null, null, null);
        assertThat(RoutingFact.of(signal(Set.of(), Set.of(Vulnerability.UNACCOMPANIED_MINOR), false, List.of(boy),
                List.of()), TODAY)).contains(RoutingFact.UNACCOMPANIED_MINOR, RoutingFact.MINOR);
        assertThat(RoutingFact.of(signal(Set.of(), Set.of(Vulnerability.MINOR), false, List.of(boy), List.of()),
                TODAY)).doesNotContain(RoutingFact.UNACCOMPANIED_MINOR);
        assertThat(RoutingFact.MANDATORY).containsExactly(RoutingFact.UNACCOMPANIED_MINOR);
    }

    private static SignalFacts signal(Set<String> forms, Set<Vulnerability> flags, boolean acute,
            List<PersonEntry> persons, List<AddressEntry> addresses) {
        return new SignalDetail(SignalId.random(), "S-1", SignalStatus.RECEIVED, Channel.ONLINE_FORM, ReporterType.RESIDENT,
                null, UUID.randomUUID(), "tekst", null, null, 1, Set.of(), null, forms, flags, false, false, false, acute,
                false, false, true, Instant.now(), persons, addresses, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of()).facts();
    }
}
