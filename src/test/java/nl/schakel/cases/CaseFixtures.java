package nl.schakel.cases;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokens;
import nl.schakel.access.UserId;
import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalIntake;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.RegionId;
import nl.schakel.signal.AddressEntry;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.Vulnerability;
import nl.schakel.testing.WebSession;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Signals, cases and API calls for the case tests, made the way users and partner systems make them. */
final class CaseFixtures {

    static final String UTRECHT = "Gemeente Utrecht";
    static final String DEMO_CASE = "Nagelstudio Kanaleneiland";

    private CaseFixtures() {
    }

    /** A labour-exploitation signal for Utrecht naming this person; the same name stacks the signals. */
    static UUID signal(SignalIntake intake, JdbcClient jdbc, String description, String personName) {
        SignalForm form = new SignalForm(description, "gisteren", organisation(jdbc, UTRECHT),
                "Industrieweg 4, Utrecht", List.of(new PersonEntry(personName, PersonEntry.Sex.FEMALE, 24, null,
                        "Vietnamees", null, PersonEntry.PersonRole.POSSIBLE_VICTIM)),
                List.of(new AddressEntry("Kanaalweg", "7", "3526 KL", "Utrecht")), null, null, null, null, null,
                null, Set.of("LABOUR"), Set.of(Vulnerability.UNDOCUMENTED), false, true, false,
                false, false, ReporterType.RESIDENT, true, null, null, null, null, false, null, null,
                null);
        return intake.receivePublic(form, List.of()).signalId().value();
    }

    static UUID organisation(JdbcClient jdbc, String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    static WebSession login(int port, String username) {
        WebSession session = new WebSession(port);
        assertThat(WebSession.location(session.login(username, WebSession.DEMO_PASSWORD))).doesNotContain("error");
        return session;
    }

    /** Opens the form (for its CSRF token) and opens a case with these signals; returns the answer. */
    static HttpResponse<String> open(WebSession officer, String title, UUID... signals) {
        StringBuilder query = new StringBuilder();
        for (UUID s : signals) {
            query.append(query.isEmpty() ? "?" : "&").append("signaal=").append(s);
        }
        assertThat(officer.get("/casussen/nieuw" + query).statusCode()).isEqualTo(200);
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("title", title),
                Map.entry("focus", "PREMISES"), Map.entry("escalationLevel", "LOCAL"),
                Map.entry("legalBasis", "Convenant RIEC, art. 3")));
        for (UUID s : signals) {
            form.add(Map.entry("signalIds", s.toString()));
        }
        return officer.post("/casussen", form);
    }

    static UUID caseId(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String location = WebSession.location(created);
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    static UUID demoCase(JdbcClient jdbc) {
        return jdbc.sql("select id from case_file where title = ?").param(DEMO_CASE).query(UUID.class).single();
    }

    static UUID participant(JdbcClient jdbc, UUID caseId, String username) {
        return jdbc.sql("""
                select p.id from case_participant p join app_user u on u.id = p.person_id
                where p.case_id = ? and u.username = ? and p.ends_on is null""")
                .params(caseId, username).query(UUID.class).single();
    }

    static String token(ApiTokens tokens, JdbcClient jdbc, RegionId region, String organisationName,
            ApiScope scope) {
        UserId admin = new UserId(jdbc.sql("select id from app_user where username = 'beheerder'").query(UUID.class)
                .single());
        return tokens.create(region, new OrganisationId(organisation(jdbc, organisationName)),
                "Casussen " + UUID.randomUUID().toString().substring(0, 6), Set.of(scope), null, admin).value();
    }

    static HttpResponse<String> api(int port, String path, String token) {
        return new WebSession(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build());
    }
}
