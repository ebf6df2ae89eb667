package nl.schakel.cases;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import nl.schakel.intake.SignalIntake;
import nl.schakel.meetings.MeetingType;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestMeetings;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static nl.schakel.cases.CaseFixtures.caseId;
import static nl.schakel.cases.CaseFixtures.login;
import static nl.schakel.cases.CaseFixtures.open;
import static nl.schakel.cases.CaseFixtures.signal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Naar overleg" from the case page (issue 12): a participant puts the case on a coming meeting of their table, a
 * trends-only table refuses it (422), a member who is no participant reads the item as "Beperkt", and the decision
 * taken on it in conduct mode lands in the case log.
 */
@SchakelIntegrationTest
class CaseMeetingsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalIntake intake;

    @Autowired
    MutableClock clock;

    @Test
    void aCaseGoesToTheDistrictTableWhereHoutenSeesItRestrictedAndTheDecisionLandsInTheLog() {
        String title = "Autowasstraat Overvecht " + UUID.randomUUID().toString().substring(0, 6);
        UUID s = signal(intake, jdbc, "Wassers wonen in de container " + UUID.randomUUID(), "Minh Overleg");
        WebSession officer = login(port, "af.utrecht");
        UUID id = caseId(open(officer, title, s));
        String reference = jdbc.sql("select reference from case_file where id = ?").param(id).query(String.class)
                .single();
        UUID district = next(MeetingType.DISTRICT_WORKING_GROUP);

        String overview = officer.get("/casussen/" + id + "/overzicht").body();
        assertThat(overview).contains("data-testid=\"to-meeting\"").contains(district.toString());
        HttpResponse<String> added = officer.post("/casussen/" + id + "/overleg", Map.of("meeting", district.toString()));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
        assertThat(officer.get("/overleggen/" + district).body()).contains(reference).contains(title);

        WebSession houten = login(port, "af.houten");
        HttpResponse<String> restricted = houten.get("/overleggen/" + district);
        assertThat(restricted.statusCode()).isEqualTo(200);
        assertThat(restricted.body()).contains("Beperkt").doesNotContain(reference).doesNotContain(title)
                .doesNotContain(id.toString());

        officer.get("/overleggen/" + district);
        assertThat(officer.post("/overleggen/" + district + "/status", Map.of("to", "AGENDA_PUBLISHED")).statusCode())
                .isEqualTo(303);
        UUID item = jdbc.sql("select id from agenda_item where meeting_id = ? and case_id = ?").params(district, id)
                .query(UUID.class).single();
        officer.get("/overleggen/" + district);
        assertThat(officer.post("/overleggen/" + district + "/punten/" + item + "/besluit",
                Map.of("decision", "ESCALATE_RIEC")).statusCode()).isLessThan(400);
        await().untilAsserted(() -> assertThat(officer.get("/casussen/" + id + "/logboek").body())
                .contains("Op de agenda van een overleg gezet").contains("Overleg besloot: opschalen naar het RIEC"));
        assertThat(jdbc.sql("select kind || '/' || scope from case_log where case_id = ? and code = ?")
                .params(id, "MEETING_DECISION_ESCALATE_RIEC").query(String.class).list())
                .containsExactly("DECISION/CORE");
    }

    @Test
    void theRegietafelRefusesACaseWith422() {
        UUID s = signal(intake, jdbc, "Kapsalon, vrouwen werken zonder loon " + UUID.randomUUID(), "Hoa Regie");
        WebSession officer = login(port, "af.utrecht");
        UUID id = caseId(open(officer, "Kapsalon Lombok", s));
        UUID regietafel = next(MeetingType.REGIETAFEL);
        officer.get("/casussen/" + id + "/overzicht");
        HttpResponse<String> refused = officer.post("/casussen/" + id + "/overleg",
                Map.of("meeting", regietafel.toString()));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("De regietafel bespreekt geen individuele casuïstiek");
        assertThat(jdbc.sql("select count(*) from agenda_item where meeting_id = ? and case_id = ?")
                .params(regietafel, id).query(Integer.class).single()).isZero();
    }

    private UUID next(MeetingType type) {
        return TestMeetings.next(jdbc, type, CaseFixtures.UTRECHT, LocalDate.now(clock));
    }
}
