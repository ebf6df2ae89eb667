package nl.schakel.stacking;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalRecords;
import nl.schakel.testing.ModuleFixtures;
import nl.schakel.testing.SchakelModuleTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stacking with what it depends on, without notifications: it links every received signal's subjects, and
 * publishes an escalation when the third reporter names the same subject.
 */
@SchakelModuleTest(extraIncludes = {"database", "demo", "access"})
class StackingModuleIntegrationTests {

    @Autowired
    Stacks stacks;
    @Autowired
    SignalRecords records;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReceivedSignalsSubjectsAreLinkedToWhatIsKnown(Scenario scenario) {
        String address = houseNumber();
        SignalId first = signal("Mihai Albu", address);
        Awaitility.await().until(() -> !jdbc.sql("select 1 from subject_mention where signal_id = ?")
                .param(first.value()).query(Integer.class).list().isEmpty());
        AtomicReference<SignalId> second = new AtomicReference<>();

        scenario.stimulate(() -> second.set(signal("Radu Constantin", address)))
                .andWaitForStateChange(() -> stacks.weight(second.get()).otherSignals(), others -> others == 1)
                .andVerify(others -> assertThat(stacks.weight(first).otherSignals()).isEqualTo(1));
    }

    @Test
    void theThirdReporterNamingASubjectEscalatesItToTheOrganisationsHoldingItsSignals(Scenario scenario) {
        String address = houseNumber();
        SignalId first = signal("Vasile Dumitru", address);
        SignalId second = signal("Sorin Gheorghe", address);
        Awaitility.await().until(() -> stacks.weight(second).otherSignals() == 1 && !stacks.weight(first).escalated());
        UUID utrecht = ModuleFixtures.organisation(jdbc, ModuleFixtures.UTRECHT);

        scenario.stimulate(() -> signal("Dorin Lungu", address))
                .andWaitForEventOfType(StackEscalated.class)
                .matching(event -> event.latestSignalPerOrganisation().containsKey(utrecht))
                .toArriveAndVerify((event, third) -> assertThat(event.latestSignalPerOrganisation())
                        .containsEntry(utrecht, third.value()));
    }

    private SignalId signal(String person, String houseNumber) {
        return ModuleFixtures.labourSignal(records, jdbc, person, houseNumber, false);
    }

    /** An address no other signal names. */
    private static String houseNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100, 100_000));
    }
}
