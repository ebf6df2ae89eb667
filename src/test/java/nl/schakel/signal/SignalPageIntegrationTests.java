package nl.schakel.signal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import nl.schakel.testing.NamedSignals;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signal page as the route (decision 0026): opening moves nothing, "Oppakken" records who took the signal up,
 * a save brings the officer back to the step saved, and the PDF holds the signal without its sealed fields.
 */
@SchakelIntegrationTest
class SignalPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void openingMovesNothingAndOppakkenRecordsWhoTookTheSignalUp() {
        UUID signal = send("Opgehaald met een busje " + UUID.randomUUID(), "Anna Kanarie", "0612345678");
        WebSession officer = login("af.utrecht");
        String page = "/signalen/" + signal;

        String fresh = officer.get(page).body();
        assertThat(status(signal)).as("opening is no step").isEqualTo("RECEIVED");
        assertThat(fresh).contains("data-testid=\"take-up\"").doesNotContain("/afsluiten\"")
                .doesNotContain("/classificatie\"").contains("Wat de melder zag").doesNotContain("1. Wat heeft u gezien?");

        HttpResponse<String> taken = officer.post(page + "/oppakken");
        assertThat(taken.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(taken)).isEqualTo(page + "?stap=ontvangen#ontvangen");
        assertThat(status(signal)).isEqualTo("IN_TRIAGE");
        assertThat(jdbc.sql("""
                select u.username from signal_event e join app_user u on u.id = e.user_id
                where e.signal_id = ? and e.status = 'IN_TRIAGE'""").param(signal).query(String.class).single())
                .isEqualTo("af.utrecht");
        String after = officer.get(page + "?stap=ontvangen").body();
        assertThat(after).contains("U heeft het signaal opgepakt").contains("data-testid=\"taken-up\"")
                .doesNotContain("data-testid=\"take-up\"").contains("/classificatie\"");
        assertThat(audited("SIGNAL_TAKEN_UP", signal)).isEqualTo(1);

        officer.get(page);
        assertThat(officer.post(page + "/oppakken").statusCode()).as("taken up once").isEqualTo(409);
        WebSession other = login("af.houten");
        other.get("/");
        assertThat(other.post(page + "/oppakken").statusCode()).as("another organisation's signal").isEqualTo(404);
    }

    @Test
    void aSaveReturnsToTheStepSaved() {
        UUID signal = send("Werkt zeven dagen per week " + UUID.randomUUID(), "Bert Kanarie", "0687654321");
        WebSession officer = login("af.utrecht");
        String page = "/signalen/" + signal;
        officer.get(page);
        officer.post(page + "/oppakken");
        officer.get(page);

        HttpResponse<String> weighed = officer.post(page + "/classificatie",
                Map.of("level", "NO_TRAFFICKING_RISK_FACTORS", "reason", "Zorgen, geen bewijs"));
        assertThat(WebSession.location(weighed)).isEqualTo(page + "?stap=wegen#wegen");
        String shown = officer.follow(weighed).body();
        assertThat(shown).contains("data-testid=\"step-notice\"");
        assertThat(shown.indexOf("data-testid=\"step-notice\"")).as("the confirmation is in the step Wegen")
                .isGreaterThan(shown.indexOf("id=\"wegen\"")).isLessThan(shown.indexOf("id=\"doorzetten\""));

        officer.get(page);
        HttpResponse<String> incomplete = officer.post(page + "/verrijking", Map.of("source", "CHAMBER_OF_COMMERCE"));
        assertThat(incomplete.statusCode()).isEqualTo(422);
        String body = incomplete.body();
        int step = body.indexOf("id=\"verrijken\"");
        assertThat(body.substring(step, body.indexOf('>', step))).as("the form comes back in its step")
                .contains("route-step--current");
    }

    @Test
    void thePdfHoldsTheSignalButNoSealedFieldAndIsAudited() throws IOException, InterruptedException {
        String description = "Kamers boven de nagelstudio " + UUID.randomUUID();
        UUID signal = send(description, "Carla Kanarie", "0611223344");
        WebSession officer = login("af.utrecht");
        officer.get("/signalen/" + signal);

        HttpResponse<byte[]> pdf = officer.client().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/signalen/" + signal + "/pdf")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains(reference(signal)).contains(description.substring(0, 27));
        assertThat(text).as("no sealed field in the PDF").doesNotContain("Kanarie").doesNotContain("0611223344")
                .doesNotContain("11223344");
        assertThat(audited("SIGNAL_PRINTED", signal)).isEqualTo(1);

        WebSession other = login("af.houten");
        other.get("/");
        assertThat(other.get("/signalen/" + signal + "/pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void theStartPageNamesTheSignalOfANoticeAndMarksItRead() {
        UUID signal = send("Slaapt in de loods " + UUID.randomUUID(), "Dirk Kanarie", "0644556677");
        UUID notice = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                select n.id from notice n join app_user u on u.id = n.recipient_id
                where u.username = 'af.utrecht' and n.signal_id = ?""").param(signal).query(UUID.class).optional(),
                java.util.Optional::isPresent).orElseThrow();
        WebSession officer = login("af.utrecht");

        String home = officer.get("/").body();
        assertThat(home).contains("Nieuw signaal ontvangen (" + reference(signal) + ")")
                .contains("data-testid=\"notice-counts\"").contains("/meldingen/" + notice + "/gelezen");
        HttpResponse<String> read = officer.post("/meldingen/" + notice + "/gelezen");
        assertThat(read.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(read)).isEqualTo("/#meldingen");
        assertThat(jdbc.sql("select read_at is not null from notice where id = ?").param(notice).query(Boolean.class)
                .single()).isTrue();
        assertThat(officer.get("/").body()).contains("gemarkeerd als gelezen").doesNotContain("/meldingen/" + notice);
    }

    @Test
    void theAuditViewerNamesASignalByItsReferenceAndItsActionInWords() {
        UUID signal = send("Werkt zonder contract " + UUID.randomUUID(), "Eva Kanarie", "0699887766");
        login("af.utrecht").get("/signalen/" + signal);
        WebSession admin = login("beheerder");

        String trail = admin.get("/admin/audit?objectId=" + signal).body();
        assertThat(trail).contains("data-testid=\"object-name\">" + reference(signal) + "<")
                .contains("Signaal ingezien").doesNotContain(">SIGNAL_VIEWED<");
    }

    /** A resident's public signal with their name and phone number: sealed, never in the officer's read model. */
    private UUID send(String description, String name, String phone) {
        return NamedSignals.send(port, jdbc, description, name, phone);
    }

    private WebSession login(String username) {
        WebSession session = new WebSession(port);
        session.login(username, WebSession.DEMO_PASSWORD);
        return session;
    }

    private String status(UUID signal) {
        return jdbc.sql("select status from signal where id = ?").param(signal).query(String.class).single();
    }

    private String reference(UUID signal) {
        return jdbc.sql("select reference from signal where id = ?").param(signal).query(String.class).single();
    }

    private int audited(String action, UUID signal) {
        return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ?")
                .params(action, signal.toString()).query(Integer.class).single();
    }
}
