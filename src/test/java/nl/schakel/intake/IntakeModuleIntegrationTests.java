package nl.schakel.intake;

import java.util.UUID;

import nl.schakel.signal.SignalReceived;
import nl.schakel.testing.ModuleFixtures;
import nl.schakel.testing.SchakelModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake with what it depends on, without the modules that listen to it: a signal received through a channel
 * (recorded, and published, by the signal module) and a reporter's answer are published with the signal's id and
 * the receiving organisation, nothing more.
 */
@SchakelModuleTest
class IntakeModuleIntegrationTests {

    @Autowired
    SignalIntake intake;
    @Autowired
    ReporterFollowUp followUp;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReceivedSignalIsPublishedWithItsIdItsMunicipalityAndWhetherItIsAcute(Scenario scenario) {
        UUID utrecht = ModuleFixtures.organisation(jdbc, ModuleFixtures.UTRECHT);

        scenario.stimulate(() -> ModuleFixtures.publicSignal(intake, jdbc, "Busje haalt mannen op " + UUID.randomUUID(),
                        "Ion Intake", true))
                .andWaitForEventOfType(SignalReceived.class)
                .toArriveAndVerify((event, receipt) -> {
                    assertThat(event.signalId()).isEqualTo(receipt.signalId());
                    assertThat(event.receivingOrganisationId()).isEqualTo(utrecht);
                    assertThat(event.acute()).isTrue();
                });
    }

    @Test
    void aReportersAnswerByReceiptCodeIsPublishedForTheReceivingOrganisation(Scenario scenario) {
        Receipt receipt = ModuleFixtures.publicSignal(intake, jdbc, "Vrouwen slapen in de kas " + UUID.randomUUID(),
                "Ana Intake", false);
        UUID utrecht = ModuleFixtures.organisation(jdbc, ModuleFixtures.UTRECHT);

        scenario.stimulate(() -> followUp.replyByReceipt(receipt.code(), "Er is nog een adres bij gekomen."))
                .andWaitForEventOfType(ReporterMessageReceived.class)
                .matchingMappedValue(ReporterMessageReceived::signalId, receipt.signalId())
                .toArriveAndVerify(event -> assertThat(event.receivingOrganisationId())
                        .isEqualTo(utrecht));
    }
}
