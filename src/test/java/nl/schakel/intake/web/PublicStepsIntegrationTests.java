package nl.schakel.intake.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schakel.testing.Multipart;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public form in steps (decision 0027): one question per page, everything answered travels in the page, no
 * step sets a cookie, the resident sees the signs in residents' words, and the files chosen on their own page go
 * along with the report.
 */
@SchakelIntegrationTest
class PublicStepsIntegrationTests {

    private static final Pattern UPLOADS = Pattern.compile("name=\"uploads\" value=\"([A-Za-z0-9_-]{43})\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntakeThrottles throttles;

    @BeforeEach
    void forgetThrottles() {
        throttles.clear();
    }

    @Test
    void aResidentWalksTheStepsWithoutACookieAndSendsOneSignalWithEverything() {
        String description = "In stappen gemeld: een busje haalt elke ochtend mensen op " + UUID.randomUUID();
        WebSession resident = new WebSession(port);
        List<HttpResponse<String>> responses = new ArrayList<>();
        Map<String, String> answers = new LinkedHashMap<>();

        HttpResponse<String> what = resident.get("/melden");
        responses.add(what);
        assertThat(what.body()).contains("Stap 1 van 7").contains("Wat heeft u gezien?");
        answers.put("description", description);
        HttpResponse<String> who = next(resident, answers, "WHAT", responses);
        assertThat(who.body()).contains("Stap 2 van 7").contains("Wie of wat was erbij betrokken?")
                .contains("name=\"description\" value=\"" + description + "\"");
        answers.put("persons[0].name", "Kevin");
        HttpResponse<String> signs = next(resident, answers, "WHO", responses);
        assertThat(signs.body()).contains("Wat viel u op?").contains("name=\"persons[0].name\" value=\"Kevin\"")
                .contains("Iemand wordt bedreigd of geslagen")
                .doesNotContain("Aantasting van de lichamelijke integriteit")
                .doesNotContain("Signalen voor toezicht en handhaving").doesNotContain("ENFORCEMENT_")
                .doesNotContain("FRONT_DESK_").doesNotContain("SOCIAL_TEAM_");
        answers.put("indicators", "VNG_4_THREATS_OR_VIOLENCE");
        HttpResponse<String> safety = next(resident, answers, "SIGNS", responses);
        assertThat(safety.body()).contains("Is er gevaar?")
                .contains("name=\"indicators\" value=\"VNG_4_THREATS_OR_VIOLENCE\"");
        answers.put("acute", "true");
        HttpResponse<String> reporter = next(resident, answers, "SAFETY", responses);
        assertThat(reporter.body()).contains("Over u");
        answers.put("reporterType", "RESIDENT");
        answers.put("anonymous", "true");
        HttpResponse<String> files = next(resident, answers, "REPORTER", responses);
        assertThat(files.body()).as("an anonymous reporter skips the contact page").contains("Stap 6 van 7")
                .contains("Wilt u foto&#39;s of documenten meesturen?");
        HttpResponse<String> check = next(resident, answers, "FILES", responses);
        assertThat(check.body()).contains("Controleer uw melding").contains("Kevin");

        answers.put("step", "send");
        HttpResponse<String> sent = resident.post("/melden", answers);
        responses.add(sent);
        assertThat(sent.statusCode()).isEqualTo(303);
        HttpResponse<String> receipt = resident.follow(sent);
        responses.add(receipt);
        assertThat(receipt.body()).contains("Wat gebeurt er nu?").contains("Wie is de aandachtsfunctionaris?")
                .contains("data-copy=").contains("data-print");

        responses.forEach(r -> assertThat(r.headers().allValues("Set-Cookie")).as(r.uri().toString()).isEmpty());
        assertThat(jdbc.sql("select count(*) from signal s where description = ? and acute and exists (select 1 from "
                + "signal_indicator i where i.signal_id = s.id and i.code = 'VNG_4_THREATS_OR_VIOLENCE')")
                .param(description).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void someoneWhoGivesTheirNameIsAskedHowToReachThemAndBackLosesNothing() {
        WebSession resident = new WebSession(port);
        List<HttpResponse<String>> responses = new ArrayList<>();
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("description", "Ik geef mijn naam bij deze melding");
        answers.put("anonymous", "false");

        HttpResponse<String> contact = next(resident, answers, "REPORTER", responses);
        assertThat(contact.statusCode()).as("not refused before it was asked").isEqualTo(200);
        assertThat(contact.body()).contains("Hoe kunnen wij u bereiken?").contains("Stap 6 van 8")
                .doesNotContain("data-testid=\"error-summary\"");
        HttpResponse<String> refused = next(resident, answers, "CONTACT", responses);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Hoe kunnen wij u bereiken?").contains("vul dan uw naam in");

        Map<String, String> back = new LinkedHashMap<>(answers);
        back.put("page", "CONTACT");
        back.put("step", "back");
        HttpResponse<String> previous = resident.post("/melden", back);
        assertThat(previous.body()).contains("Over u").contains("value=\"Ik geef mijn naam bij deze melding\"");
        responses.forEach(r -> assertThat(r.headers().allValues("Set-Cookie")).isEmpty());
    }

    @Test
    void aCheckWithAnErrorOnALaterPageShowsThatPageWithWhatWasTyped() {
        Map<String, String> form = PublicIntakeIntegrationTests.signal("Een beschrijving die lang genoeg is", "");
        form.put("persons[0].name", "Roxana met de rode jas");
        form.put("phones[0].number", "06-abc");

        HttpResponse<String> response = new WebSession(port).post("/melden", form);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Wie of wat was erbij betrokken?")
                .contains("value=\"Roxana met de rode jas\"").contains("value=\"06-abc\"")
                .contains("Vul een telefoonnummer in met cijfers");
    }

    @Test
    void filesChosenOnTheirOwnPageGoAlongAndARefusedOneComesBackThere() throws Exception {
        String description = "Een bijlage op de eigen pagina " + UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("description", description);
        fields.put("anonymous", "true");
        fields.put("page", "FILES");
        fields.put("step", "next");
        HttpResponse<String> check = Multipart.post(port, "/melden", fields,
                new Multipart.FilePart("files", "notities.txt", "text/plain", "geen foto"));
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        assertThat(check.body()).contains("Controleer uw melding").contains("notities.txt");
        assertThat(check.headers().allValues("Set-Cookie")).isEmpty();
        Matcher token = UPLOADS.matcher(check.body());
        assertThat(token.find()).as("the files wait under a token in the page").isTrue();

        Map<String, String> sending = new LinkedHashMap<>(fields);
        sending.remove("page");
        sending.put("step", "send");
        sending.put("uploads", token.group(1));
        HttpResponse<String> refused = new WebSession(port).post("/melden", sending);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("Wilt u foto&#39;s of documenten meesturen?")
                .contains("href=\"#files\"").contains("id=\"files-error\"").contains("notities.txt")
                .contains("name=\"description\" value=\"" + description + "\"");
        assertThat(jdbc.sql("select count(*) from signal where description = ?").param(description)
                .query(Integer.class).single()).isZero();
    }

    /** Posts the answers so far from a page with "Volgende". */
    private static HttpResponse<String> next(WebSession browser, Map<String, String> answers, String page,
            List<HttpResponse<String>> responses) {
        Map<String, String> form = new LinkedHashMap<>(answers);
        form.put("page", page);
        form.put("step", "next");
        HttpResponse<String> response = browser.post("/melden", form);
        responses.add(response);
        return response;
    }
}
