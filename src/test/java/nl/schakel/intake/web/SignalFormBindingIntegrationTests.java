package nl.schakel.intake.web;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
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
 * The signal form on the one way to bind a form (decision 0019): the button, the manager and a refused attachment
 * travel in the form's command and its binding result, not beside it.
 */
@SchakelIntegrationTest
class SignalFormBindingIntegrationTests {

    private static final Pattern FIRST_MANAGER = Pattern.compile(
            "<select id=\"managerId\"[^>]*>\\s*<option value=\"\">[^<]*</option>\\s*<option value=\"([0-9a-f-]{36})\"");

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
    void everyIdOnTheFormsIsUniqueSoEveryLabelAndErrorLinkFindsItsField() {
        WebSession melder = new WebSession(port);
        melder.login("melder", WebSession.DEMO_PASSWORD);
        java.util.List<String> pages = new java.util.ArrayList<>();
        pages.add(new WebSession(port).get("/melden").body());
        pages.add(new WebSession(port).post("/melden", Map.of("anonymous", "false", "step", "review")).body());
        // Every page of the public form in steps (the contact page too: the reporter gives a name).
        for (PublicStep step : PublicStep.values()) {
            pages.add(new WebSession(port).post("/melden", Map.of("anonymous", "false", "page", step.name(),
                    "step", "add")).body());
        }
        pages.add(melder.get("/signalen/nieuw").body());
        java.util.Set<String> everywhere = new java.util.HashSet<>();
        for (String page : pages) {
            Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(page);
            java.util.Set<String> seen = new java.util.HashSet<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            while (id.find()) {
                if (!seen.add(id.group(1))) {
                    twice.add(id.group(1));
                }
            }
            assertThat(twice).as("ids used twice").isEmpty();
            everywhere.addAll(seen);
        }
        assertThat(everywhere).contains("description", "municipalityId", "reporterType", "reporterName", "files")
                .anyMatch(name -> name.startsWith("indicators-"));
    }

    @Test
    void aRefusedAttachmentIsShownNextToTheFileFieldWithEverythingTypedKept() throws Exception {
        String description = "Een bijlage die niet mag " + UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("description", description);
        fields.put("reporterType", "RESIDENT");
        fields.put("anonymous", "true");
        fields.put("step", "send");
        HttpResponse<String> refused = Multipart.post(port, "/melden", fields,
                new Multipart.FilePart("files", "notities.txt", "text/plain", "geen foto"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        // A refused file is shown on the page where files are chosen (the public form in steps, decision 0027).
        assertThat(refused.body()).contains("Wilt u foto&#39;s of documenten meesturen?").contains("data-testid=\"error-summary\"")
                .contains("href=\"#files\"").contains("id=\"files-error\"").contains("notities.txt")
                .contains("aria-invalid=\"true\"").contains("name=\"description\" value=\"" + description + "\"");
        assertThat(jdbc.sql("select count(*) from signal where description = ?").param(description)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theManagerChosenOnTheInternalFormIsKeptThroughTheCheckAndStored() {
        WebSession melder = new WebSession(port);
        melder.login("melder", WebSession.DEMO_PASSWORD);
        Matcher manager = FIRST_MANAGER.matcher(melder.get("/signalen/nieuw").body());
        assertThat(manager.find()).as("a manager to choose").isTrue();
        String managerId = manager.group(1);
        String description = "Besproken met de leidinggevende " + UUID.randomUUID();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("description", description);
        form.put("reporterType", "FRONT_DESK");
        form.put("discussedWithManager", "true");
        form.put("managerId", managerId);
        form.put("step", "review");
        HttpResponse<String> review = melder.post("/signalen/nieuw", form);
        assertThat(review.body()).contains("Controleer uw melding")
                .contains("name=\"managerId\" value=\"" + managerId + "\"");
        form.put("step", "edit");
        assertThat(melder.post("/signalen/nieuw", form).body())
                .containsPattern("<option value=\"" + managerId + "\" selected=\"selected\"");
        form.put("step", "send");

        assertThat(WebSession.location(melder.post("/signalen/nieuw", form))).endsWith("/signalen/mijn");
        assertThat(jdbc.sql("select manager_user_id from signal where description = ?").param(description)
                .query(UUID.class).single()).hasToString(managerId);
    }
}
