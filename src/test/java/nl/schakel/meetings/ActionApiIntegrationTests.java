package nl.schakel.meetings;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokens;
import nl.schakel.access.UserId;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/actions} (issue 12): a token with scope ACTIONS reads only its own organisation's actions, marks one
 * done idempotently with {@code Idempotency-Key}; a token without the scope gets 403.
 */
@SchakelIntegrationTest
class ActionApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeetingCalendar calendar;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Organisations organisations;

    @Autowired
    Clock clock;

    @Test
    void aTokenWithActionsReadsItsOwnOrganisationsActionsAndMarksOneDoneOnce() {
        UUID utrecht = organisation("Gemeente Utrecht");
        UUID houten = organisation("Gemeente Houten");
        UUID me = user("af.utrecht");
        UUID houtenOfficer = user("af.houten");
        UUID series = calendar.createSeries(MeetingType.VT_CARE_ALIGNMENT, utrecht, LocalDate.now(clock).plusDays(1),
                List.of(houten), Map.of(me, utrecht, houtenOfficer, houten));
        UUID first = jdbc.sql("select id from meeting where series_id = ? order by held_on limit 1").param(series)
                .query(UUID.class).single();
        WebSession officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);
        officer.get("/overleggen/" + first);
        officer.post("/overleggen/" + first + "/status", Map.of("to", "AGENDA_PUBLISHED"));
        String ours = "Pandeigenaar bellen " + UUID.randomUUID();
        String theirs = "Controle plannen " + UUID.randomUUID();
        for (Map.Entry<String, UUID> action : Map.of(ours, me, theirs, houtenOfficer).entrySet()) {
            officer.get("/overleggen/" + first);
            assertThat(officer.post("/overleggen/" + first + "/acties", Map.of("description", action.getKey(),
                    "owner", action.getValue().toString(), "dueOn", LocalDate.now(clock).plusDays(3).toString()))
                    .statusCode()).isEqualTo(303);
        }
        UUID action = jdbc.sql("select id from meeting_action where description = ?").param(ours).query(UUID.class)
                .single();

        String token = token(utrecht, ApiScope.ACTIONS);
        HttpResponse<String> list = send(token, "GET", "/api/v1/actions", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(action.toString()).doesNotContain(theirs);
        assertThat(send(token(houten, ApiScope.ACTIONS), "GET", "/api/v1/actions", null).body()).contains(theirs)
                .doesNotContain(action.toString());

        String key = UUID.randomUUID().toString();
        HttpResponse<String> done = send(token, "POST", "/api/v1/actions/" + action + "/done", key);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        HttpResponse<String> again = send(token, "POST", "/api/v1/actions/" + action + "/done", key);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.body()).isEqualTo(done.body());
        assertThat(jdbc.sql("select count(*) from meeting_action where id = ? and done_at is not null").param(action)
                .query(Integer.class).single()).isEqualTo(1);

        String houtenToken = token(houten, ApiScope.ACTIONS);
        assertThat(send(houtenToken, "POST", "/api/v1/actions/" + action + "/done", null).statusCode())
                .as("another organisation's action does not exist").isEqualTo(404);

        String withoutScope = token(utrecht, ApiScope.CASES);
        assertThat(send(withoutScope, "GET", "/api/v1/actions", null).statusCode()).isEqualTo(403);
        assertThat(send(withoutScope, "POST", "/api/v1/actions/" + action + "/done", null).statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> send(String token, String method, String path, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return new WebSession(port).send(request.build());
    }

    private String token(UUID organisation, ApiScope scope) {
        return tokens.create(organisations.region("midden-nederland").orElseThrow().id(),
                new OrganisationId(organisation), "Acties " + UUID.randomUUID().toString().substring(0, 6),
                Set.of(scope), null, new UserId(user("beheerder"))).value();
    }

    private UUID user(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }
}
