package nl.schakel.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import nl.schakel.access.SchakelUser;
import nl.schakel.care.B8Notice;
import nl.schakel.care.B8NoticeDue;
import nl.schakel.care.TrajectoryId;
import nl.schakel.handling.ClassificationAwaitingConfirmation;
import nl.schakel.intake.ReporterMessageReceived;
import nl.schakel.routing.LegalBasis;
import nl.schakel.routing.ReferralChanged;
import nl.schakel.routing.ReferralDueSoon;
import nl.schakel.routing.ReferralId;
import nl.schakel.routing.ReferralOverdue;
import nl.schakel.routing.ReferralRequest;
import nl.schakel.routing.ReferralStatus;
import nl.schakel.routing.Referrals;
import nl.schakel.routing.SharedPart;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalRecords;
import nl.schakel.signal.SignalReceived;
import nl.schakel.stacking.StackEscalated;
import nl.schakel.testing.ModuleFixtures;
import nl.schakel.testing.SchakelModuleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications with what it depends on: each event it listens to becomes a notice for the people it concerns,
 * pointing at the signal or referral the event names. Listening does not make a module a dependency, so the
 * signal module and routing (and what they need, its directory cards too) are started explicitly, to make the signals and referrals notices
 * point at; stacking and handling, which listen to the same events, are not.
 */
@SchakelModuleTest(extraIncludes = {"database", "demo", "signal", "routing", "catalogue", "attachments", "sealing", "directory",
        "forms"})
class NotificationsModuleIntegrationTests {

    private static final String OFFICER = "af.utrecht";
    private static final String SECOND_OFFICER = "af2.utrecht";
    private static final String PARTNER = "zorgcoordinator";

    @Autowired
    Notices notices;
    @Autowired
    SignalRecords records;
    @Autowired
    Referrals referrals;
    @Autowired
    JdbcClient jdbc;

    private SignalId signal;
    private UUID utrecht;
    private UUID moviera;

    @BeforeEach
    void aSignalForUtrecht() {
        signal = ModuleFixtures.labourSignal(records, jdbc, "Ana Notitie", "12", false);
        utrecht = ModuleFixtures.organisation(jdbc, ModuleFixtures.UTRECHT);
        moviera = ModuleFixtures.organisation(jdbc, "Moviera");
    }

    @AfterEach
    void reset() {
        ModuleFixtures.stopActing();
    }

    @Test
    void anAcuteSignalAReportersAnswerAndAnEscalationTellTheReceivingOfficers(Scenario scenario) {
        expect(scenario, new SignalReceived(signal, utrecht, true), OFFICER, NoticeKind.ACUTE_SIGNAL_RECEIVED,
                signal.value());
        expect(scenario, new ReporterMessageReceived(signal, utrecht), SECOND_OFFICER, NoticeKind.REPORTER_REPLIED,
                signal.value());
        expect(scenario, new StackEscalated(UUID.randomUUID(), Map.of(utrecht, signal.value())), OFFICER,
                NoticeKind.STACK_ESCALATED, signal.value());
    }

    @Test
    void aClassificationToConfirmGoesToTheOtherOfficersOnly(Scenario scenario) {
        UUID chooser = userId(OFFICER);

        expect(scenario, new ClassificationAwaitingConfirmation(signal, utrecht, chooser), SECOND_OFFICER,
                NoticeKind.CLASSIFICATION_TO_CONFIRM, signal.value());
        assertThat(about(OFFICER, NoticeKind.CLASSIFICATION_TO_CONFIRM)).doesNotContain(signal.value());
    }

    @Test
    void aReferralsMovesTellThePartnerAndTheSendingOfficers(Scenario scenario) {
        SchakelUser officer = ModuleFixtures.actAs(jdbc, OFFICER);
        AtomicReference<ReferralId> sent = new AtomicReference<>();
        scenario.stimulate(() -> sent.set(referrals.send(officer, signal, new ReferralRequest(moviera,
                        LegalBasis.WMO_2015, null, Set.of(SharedPart.DESCRIPTION), LocalDate.now().plusDays(14), null,
                        null))))
                .andWaitForStateChange(() -> about(PARTNER, NoticeKind.REFERRAL_RECEIVED),
                        found -> found.contains(sent.get().value()))
                .andVerify(found -> assertThat(about(OFFICER, NoticeKind.REFERRAL_RECEIVED)).isEmpty());
        ReferralId referral = sent.get();
        UUID id = referral.value();

        expect(scenario, new ReferralDueSoon(referral, signal, moviera, Instant.now()), PARTNER,
                NoticeKind.REFERRAL_DUE_SOON, id);
        expect(scenario, new ReferralOverdue(referral, signal, utrecht, moviera, Instant.now()), PARTNER,
                NoticeKind.REFERRAL_OVERDUE_PARTNER, id);
        assertThat(about(OFFICER, NoticeKind.REFERRAL_OVERDUE)).contains(id);
        expect(scenario, changed(referral, ReferralStatus.ACCEPTED), OFFICER, NoticeKind.REFERRAL_ACCEPTED, id);
    }

    @Test
    void aB8NoticeTellsTheLeadOrganisationsCareCoordinatorsAndLeadsToTheTrajectory(Scenario scenario) {
        TrajectoryId trajectory = TrajectoryId.random();
        String link = "/trajecten/" + trajectory;

        scenario.publish(new B8NoticeDue(trajectory, moviera, B8Notice.EXPIRED_UNDECIDED, LocalDate.of(2026, 2, 20)))
                .andWaitForStateChange(() -> links(PARTNER, NoticeKind.B8_EXPIRED_UNDECIDED),
                        found -> found.contains(link))
                .andVerify(found -> assertThat(links(OFFICER, NoticeKind.B8_EXPIRED_UNDECIDED)).isEmpty());
    }

    private List<String> links(String username, NoticeKind kind) {
        return notices.unread(userId(username)).stream().filter(n -> n.kind() == kind).map(Notice::link).toList();
    }

    /** Publishes the event and waits until the person has an unread notice of that kind about that object. */
    private void expect(Scenario scenario, Object event, String username, NoticeKind kind, UUID about) {
        scenario.publish(event)
                .andWaitForStateChange(() -> about(username, kind), found -> found.contains(about))
                .andVerify(found -> assertThat(found).contains(about));
    }

    private ReferralChanged changed(ReferralId referral, ReferralStatus status) {
        return new ReferralChanged(referral, signal, utrecht, moviera, status, null, Instant.now());
    }

    /** The signals and referrals of this person's unread notices of this kind. */
    private List<UUID> about(String username, NoticeKind kind) {
        return notices.unread(userId(username)).stream().filter(n -> n.kind() == kind)
                .flatMap(n -> Stream.of(n.signalId(), n.referralId())).filter(Objects::nonNull).toList();
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }
}
