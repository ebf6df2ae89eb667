package nl.schakel.meetings;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestMeetings;
import nl.schakel.testing.TestSignals;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Meetings through the pages (issue 12): cadence, the trends-only table, need-to-know on the agenda ("Beperkt"),
 * conduct mode routing to a partner, actions carried over and marked overdue, and an invitation without personal data.
 */
@SchakelIntegrationTest
class MeetingsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeetingCalendar calendar;

    @Autowired
    Clock clock;

    private UUID signal;
    private String reference;
    private WebSession officer;

    @BeforeEach
    void aSignalForUtrecht() {
        signal = TestSignals.sendPublic(port, jdbc, "Mannen slapen in de loods aan de Kanaalweg " + UUID.randomUUID(),
                "Gemeente Utrecht", List.of(Map.entry("exploitationForms", "LABOUR"))).id();
        reference = jdbc.sql("select reference from signal where id = ?").param(signal).query(String.class).single();
        officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);
    }

    @Test
    void anEightWeeklySeriesStartingOnThirteenJanuaryMeetsOnTenMarchAndFiveMay() {
        UUID series = calendar.createSeries(MeetingType.DISTRICT_WORKING_GROUP, organisation("Gemeente Houten"),
                LocalDate.of(2026, 1, 13), List.of(), Map.of());
        assertThat(calendar.datesOf(series)).contains(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 5, 5))
                .doesNotContain(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 5, 12));
    }

    @Test
    void theRegietafelRefusesASignalWith422() {
        UUID regietafel = next(MeetingType.REGIETAFEL);
        officer.get("/signalen/" + signal);
        HttpResponse<String> refused = officer.post("/signalen/" + signal + "/overleg",
                Map.of("meeting", regietafel.toString()));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("De regietafel bespreekt geen individuele casuïstiek");
        assertThat(jdbc.sql("select count(*) from agenda_item where meeting_id = ? and kind = 'SIGNAL'")
                .param(regietafel).query(Integer.class).single()).isZero();
    }

    @Test
    void aHoutenMemberSeesAUtrechtSignalAsRestrictedAndTheInvitationHoldsNoPersonalData() {
        UUID district = next(MeetingType.DISTRICT_WORKING_GROUP);
        officer.get("/signalen/" + signal);
        assertThat(officer.post("/signalen/" + signal + "/overleg", Map.of("meeting", district.toString()))
                .statusCode()).isEqualTo(303);
        assertThat(officer.get("/overleggen/" + district).body()).contains(reference);

        WebSession houten = new WebSession(port);
        houten.login("af.houten", WebSession.DEMO_PASSWORD);
        HttpResponse<String> page = houten.get("/overleggen/" + district);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Beperkt").doesNotContain(reference).doesNotContain(signal.toString());

        HttpResponse<String> ics = officer.get("/overleggen/" + district + "/uitnodiging.ics");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.body()).contains("BEGIN:VCALENDAR").contains("Districtelijke werkgroep")
                .doesNotContain(reference).doesNotContain("Kanaalweg").doesNotContain("Ayla");

        WebSession stranger = new WebSession(port);
        stranger.login("zorgaanbieder", WebSession.DEMO_PASSWORD);
        assertThat(stranger.get("/overleggen/" + district).statusCode()).isEqualTo(404);
    }

    @Test
    void aDecisionToRouteToTheLabourInspectorateOpensTheRoutingFormWithItChosen() {
        UUID local = next(MeetingType.LOCAL_UNDERMINING);
        officer.get("/signalen/" + signal);
        officer.post("/signalen/" + signal + "/overleg", Map.of("meeting", local.toString()));
        officer.get("/overleggen/" + local);
        assertThat(officer.post("/overleggen/" + local + "/status", Map.of("to", "AGENDA_PUBLISHED")).statusCode())
                .isEqualTo(303);
        UUID item = jdbc.sql("select id from agenda_item where meeting_id = ? and signal_id = ?").params(local, signal)
                .query(UUID.class).single();
        UUID nla = organisation("Nederlandse Arbeidsinspectie – opsporing");
        officer.get("/overleggen/" + local);
        HttpResponse<String> decided = officer.post("/overleggen/" + local + "/punten/" + item + "/besluit",
                Map.of("decision", "ROUTE", "partner", nla.toString()));
        assertThat(decided.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(decided)).endsWith("/signalen/" + signal + "/doorzetten?partner=" + nla);
        String form = officer.follow(decided).body();
        // NLA's part of the form: from its hidden id to its "selected" checkbox (its directory card lies between).
        int start = form.indexOf("value=\"" + nla + "\"");
        int selected = form.indexOf("selected\"", start);
        String nlaChoice = form.substring(selected, form.indexOf(">", selected) + 1);
        assertThat(nlaChoice).contains("checked");

        officer.get("/overleggen/" + local);
        assertThat(officer.post("/overleggen/" + local + "/punten/" + item + "/besluit",
                Map.of("decision", "NO_ACTION")).statusCode()).as("one decision per item").isEqualTo(409);
        await().untilAsserted(() -> assertThat(jdbc.sql("select detail from signal_timeline where signal_id = ? "
                + "and kind = 'MEETING_DECISION'").param(signal).query(String.class).list()).containsExactly("ROUTE"));
    }

    @Test
    void anActionNotDoneByTheNextMeetingAppearsThereMarkedOverdue() {
        UUID utrecht = organisation("Gemeente Utrecht");
        UUID me = jdbc.sql("select id from app_user where username = 'af.utrecht'").query(UUID.class).single();
        UUID series = calendar.createSeries(MeetingType.VT_CARE_ALIGNMENT, utrecht, LocalDate.now(clock).plusDays(1),
                List.of(), Map.of(me, utrecht));
        List<UUID> meetings = jdbc.sql("select id from meeting where series_id = ? order by held_on").param(series)
                .query(UUID.class).list();
        UUID first = meetings.get(0);
        UUID second = meetings.get(1);
        officer.get("/overleggen/" + first);
        officer.post("/overleggen/" + first + "/status", Map.of("to", "AGENDA_PUBLISHED"));
        officer.get("/overleggen/" + first);
        String task = "Eigenaar van de loods uitnodigen " + UUID.randomUUID();
        assertThat(officer.post("/overleggen/" + first + "/acties", Map.of("description", task, "owner", me.toString(),
                "dueOn", LocalDate.now(clock).plusDays(2).toString())).statusCode()).isEqualTo(303);

        String next = officer.get("/overleggen/" + second).body();
        String carried = next.substring(next.indexOf("data-testid=\"carried\""));
        assertThat(carried).contains(task).contains("Te laat");
        assertThat(officer.get("/overleggen/acties").body()).contains(task);

        UUID action = jdbc.sql("select id from meeting_action where description = ?").param(task).query(UUID.class).single();
        assertThat(officer.post("/overleggen/acties/" + action + "/klaar", Map.of("done", "true")).statusCode())
                .isEqualTo(303);
        assertThat(officer.get("/overleggen/" + second).body()).doesNotContain(task);
    }

    private UUID next(MeetingType type) {
        officer.get("/overleggen");
        return TestMeetings.next(jdbc, type, "Gemeente Utrecht", LocalDate.now(clock));
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }
}
