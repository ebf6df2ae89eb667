package nl.schakel.routing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalRecords;
import nl.schakel.testing.ModuleFixtures;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelModuleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routing with what it depends on, without handling and notifications that listen to it: every move of a referral
 * is published with the referral's and the signal's ids, and the reminders publish "due soon" and "overdue".
 */
@SchakelModuleTest
class RoutingModuleIntegrationTests {

    @Autowired
    Referrals referrals;
    @Autowired
    PartnerReferrals partnerReferrals;
    @Autowired
    ReferralReminders reminders;
    @Autowired
    SignalRecords records;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private SchakelUser officer;
    private SignalId signal;
    private UUID moviera;

    @BeforeEach
    void aSignalForUtrechtsOfficer() {
        ModuleFixtures.OfficersSignal given = ModuleFixtures.officersSignal(records, jdbc, "Ion Routing");
        officer = given.officer();
        signal = given.signal();
        moviera = given.moviera();
    }

    @AfterEach
    void reset() {
        ModuleFixtures.stopActing();
        clock.reset();
    }

    @Test
    void sendingAndAnsweringPublishEveryMoveWithTheReferralAndTheSignal(Scenario scenario) {
        scenario.stimulate(() -> referrals.send(officer, signal, toMoviera(LocalDate.now(clock).plusDays(14))))
                .andWaitForEventOfType(ReferralChanged.class)
                .matchingMappedValue(ReferralChanged::signalId, signal)
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.referralId()).isEqualTo(id);
                    assertThat(event.status()).isEqualTo(ReferralStatus.SENT);
                    assertThat(event.sendingOrganisationId()).isEqualTo(officer.organisationId());
                    assertThat(event.partnerOrganisationId()).isEqualTo(moviera);
                    assertThat(event.actorUserId()).isEqualTo(officer.userId());
                });
        ReferralId referral = referrals.forSignal(officer, signal).get(0).id();
        PartnerReferrals.Partner partner = PartnerReferrals.Partner.of(ModuleFixtures.actAs(jdbc, "zorgcoordinator"))
                .orElseThrow();

        scenario.stimulate(() -> partnerReferrals.answer(partner, referral, PartnerReferrals.Answer.ACCEPT, null))
                .andWaitForEventOfType(ReferralChanged.class)
                .matching(event -> event.referralId().equals(referral) && event.status() == ReferralStatus.ACCEPTED)
                .toArriveAndVerify(event -> assertThat(event.signalId()).isEqualTo(signal));
    }

    @Test
    void theRemindersPublishDueSoonTheDayBeforeAndOverdueAfterTheDueDate(Scenario scenario) {
        ReferralId referral = referrals.send(officer, signal, toMoviera(LocalDate.now(clock).plusDays(2)));
        clock.advance(Duration.ofDays(2));

        scenario.stimulate(() -> reminders.run())
                .andWaitForEventOfType(ReferralDueSoon.class)
                .matchingMappedValue(ReferralDueSoon::referralId, referral)
                .toArriveAndVerify(event -> {
                    assertThat(event.signalId()).isEqualTo(signal);
                    assertThat(event.partnerOrganisationId()).isEqualTo(moviera);
                });
        clock.advance(Duration.ofDays(1));

        scenario.stimulate(() -> reminders.run())
                .andWaitForEventOfType(ReferralOverdue.class)
                .matchingMappedValue(ReferralOverdue::referralId, referral)
                .toArriveAndVerify(event -> {
                    assertThat(event.signalId()).isEqualTo(signal);
                    assertThat(event.sendingOrganisationId()).isEqualTo(officer.organisationId());
                });
    }

    private ReferralRequest toMoviera(LocalDate feedbackDue) {
        return new ReferralRequest(moviera, LegalBasis.WMO_2015, null, Set.of(SharedPart.DESCRIPTION), feedbackDue,
                "Graag terugkoppeling", null);
    }
}
