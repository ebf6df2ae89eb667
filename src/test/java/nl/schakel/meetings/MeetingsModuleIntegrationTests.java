package nl.schakel.meetings;

import java.time.LocalDate;
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
 * Meetings with what they depend on, without handling: a decision in conduct mode is published with the meeting's,
 * item's, signal's and partner's ids and no content.
 */
@SchakelModuleTest(extraIncludes = {"database", "demo"})
class MeetingsModuleIntegrationTests {

    @Autowired
    Agendas agendas;
    @Autowired
    SignalRecords records;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private SchakelUser officer;
    private SignalId signal;

    @BeforeEach
    void aSignalForUtrechtsOfficer() {
        ModuleFixtures.OfficersSignal given = ModuleFixtures.officersSignal(records, jdbc, "Ana Overleg");
        officer = given.officer();
        signal = given.signal();
    }

    @AfterEach
    void reset() {
        ModuleFixtures.stopActing();
        clock.reset();
    }

    @Test
    void aDecisionToRouteIsPublishedWithIdsOnly(Scenario scenario) {
        UUID meeting = jdbc.sql("select m.id from meeting m join meeting_series s on s.id = m.series_id "
                        + "where s.type = 'LOCAL_UNDERMINING' and m.status = 'PLANNED' and m.held_on >= ? "
                        + "order by m.held_on limit 1")
                .param(LocalDate.now(clock)).query(UUID.class).single();
        agendas.addSignal(officer, meeting, signal);
        agendas.move(officer, meeting, MeetingStatus.AGENDA_PUBLISHED);
        UUID item = jdbc.sql("select id from agenda_item where meeting_id = ? and signal_id = ?")
                .params(meeting, signal.value()).query(UUID.class).single();
        UUID labour = ModuleFixtures.organisation(jdbc, "Nederlandse Arbeidsinspectie – opsporing");

        scenario.stimulate(() -> agendas.decide(officer, meeting, item, DecisionKind.ROUTE, labour))
                .andWaitForEventOfType(AgendaDecisionTaken.class)
                .matchingMappedValue(AgendaDecisionTaken::itemId, item)
                .toArriveAndVerify(event -> {
                    assertThat(event.meetingId()).isEqualTo(meeting);
                    assertThat(event.signalId()).isEqualTo(signal.value());
                    assertThat(event.decision()).isEqualTo(DecisionKind.ROUTE);
                    assertThat(event.partnerOrganisationId()).isEqualTo(labour);
                    assertThat(event.actorUserId()).isEqualTo(officer.userId());
                });
    }
}
