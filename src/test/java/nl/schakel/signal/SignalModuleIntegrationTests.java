package nl.schakel.signal;

import java.util.UUID;

import nl.schakel.testing.ModuleFixtures;
import nl.schakel.testing.SchakelModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signal module with what it depends on, without the channels and the modules that listen: recording a
 * signal publishes it with its id, the receiving organisation and whether it is acute — identifiers only.
 */
@SchakelModuleTest(extraIncludes = {"database", "demo", "access"})
class SignalModuleIntegrationTests {

    @Autowired
    SignalRecords records;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRecordedSignalIsPublishedWithItsIdItsReceiverAndWhetherItIsAcute(Scenario scenario) {
        UUID utrecht = ModuleFixtures.organisation(jdbc, ModuleFixtures.UTRECHT);

        scenario.stimulate(() -> ModuleFixtures.labourSignal(records, jdbc, "Ion Signaal", "12", true))
                .andWaitForEventOfType(SignalReceived.class)
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.signalId()).isEqualTo(id);
                    assertThat(event.receivingOrganisationId()).isEqualTo(utrecht);
                    assertThat(event.acute()).isTrue();
                });
    }
}
