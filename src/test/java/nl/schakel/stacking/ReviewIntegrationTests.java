package nl.schakel.stacking;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.stacking.registry.Review;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The officer sees proposed links with their reasons, confirms (merge) or rejects them, and can split again. */
@SchakelIntegrationTest
class ReviewIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Review review;

    @Test
    void aProposedLinkIsExplainedConfirmedAndSplitAgain() {
        String surname = surname();
        UUID known = send("Mohamed el " + surname);
        UUID later = send("Mohammed El-" + surname);
        WebSession officer = new WebSession(port);
        officer.login("af.houten", WebSession.DEMO_PASSWORD);
        String page = officer.get("/signalen/" + later + "/stapeling").body();

        assertThat(page).contains("Mogelijk dezelfde persoon").contains("Achternaam: komt overeen")
                .contains("Voornaam: komt");
        WebSession utrecht = new WebSession(port);
        utrecht.login("af.utrecht", WebSession.DEMO_PASSWORD);
        utrecht.get("/");
        assertThat(utrecht.post(action(page, "bevestigen")).statusCode()).isEqualTo(404);

        officer.post(action(page, "bevestigen"));
        assertThat(personOf(later)).isEqualTo(personOf(known));
        String merged = officer.get("/signalen/" + later + "/stapeling").body();
        assertThat(merged).contains("De personen zijn samengevoegd").contains("Samenvoeging ongedaan maken");

        officer.post(action(merged, "splitsen"));
        assertThat(personOf(later)).isNotEqualTo(personOf(known));
        assertThat(audit("STACK_LINK_CONFIRMED")).isGreaterThanOrEqualTo(1);
        assertThat(audit("STACK_SPLIT")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRejectedPairIsNeverProposedAgain() {
        String surname = surname();
        send("Mohamed el " + surname);
        UUID later = send("Mohammed El-" + surname);
        WebSession officer = new WebSession(port);
        officer.login("af.houten", WebSession.DEMO_PASSWORD);
        String page = officer.get("/signalen/" + later + "/stapeling").body();

        officer.post(action(page, "afwijzen"));

        String after = officer.get("/signalen/" + later + "/stapeling").body();
        assertThat(after).contains("Dit paar wordt niet opnieuw voorgesteld").doesNotContain("Mogelijk dezelfde persoon");
        assertThat(jdbc.sql("select status from subject_proposal where signal_id = ?").param(later)
                .query(String.class).single()).isEqualTo("REJECTED");
    }

    /**
     * Issue 17: a proposal with a person another organisation holds says only that the person may be known there
     * and whom to contact — not their spelling, a score or evidence — and cannot be reviewed; even a merge (as one
     * made before this rule) leaves the viewer's line in their own signal's words.
     */
    @Test
    void aProposalAcrossOrganisationsIsOnlyAContact() {
        String surname = surname();
        String phone = "06-" + (10_000_000 + (int) (Math.random() * 89_999_999));
        send("Marijke " + surname + "aar", "Gemeente Utrecht", Map.of("phones[0].number", phone));
        UUID houten = send("Marijke " + surname + "ar", "Gemeente Houten", Map.of("phones[0].number", phone));
        UUID proposal = jdbc.sql("select id from subject_proposal where signal_id = ? and status = 'OPEN'")
                .param(houten).query(UUID.class).single();
        WebSession officer = new WebSession(port);
        officer.login("af.houten", WebSession.DEMO_PASSWORD);

        String page = officer.get("/signalen/" + houten + "/stapeling").body();
        String section = officer.get("/signalen/" + houten).body();

        for (String view : List.of(page, section)) {
            assertThat(view).contains("Mogelijk bij een andere organisatie bekend — contact: de aandachtsfunctionaris "
                    + "van Gemeente Utrecht").contains("Marijke " + surname + "ar").doesNotContain(surname + "aar");
        }
        assertThat(page).doesNotContain("Mogelijk dezelfde persoon").doesNotContain("score")
                .doesNotContain("Zelfde telefoonnummer").doesNotContain("Achternaam").doesNotContain("bevestigen");
        assertThat(officer.post("/signalen/" + houten + "/stapeling/voorstellen/" + proposal + "/bevestigen")
                .statusCode()).isEqualTo(404);
        assertThat(officer.post("/signalen/" + houten + "/stapeling/voorstellen/" + proposal + "/afwijzen")
                .statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select status from subject_proposal where id = ?").param(proposal).query(String.class)
                .single()).isEqualTo("OPEN");

        assertThat(review.confirm(houten, proposal, jdbc.sql("select id from app_user where username = 'af.houten'")
                .query(UUID.class).single())).isPresent();
        String merged = officer.get("/signalen/" + houten + "/stapeling").body();
        assertThat(merged).contains("Marijke " + surname + "ar").doesNotContain(surname + "aar")
                .contains("1 signaal bij een andere organisatie. Contact: de aandachtsfunctionaris van Gemeente Utrecht")
                .doesNotContain("splitsen");
        assertThat(officer.get("/signalen/" + houten).body()).contains("Marijke " + surname + "ar")
                .doesNotContain(surname + "aar");
    }

    private UUID send(String name) {
        return send(name, "Gemeente Houten", Map.of());
    }

    private UUID send(String name, String municipality, Map<String, String> extra) {
        String description = "Melding over " + name + " " + UUID.randomUUID();
        Map<String, String> form = new LinkedHashMap<>(Map.of("description", description, "persons[0].name", name,
                "municipalityId", jdbc.sql("select id from organisation where name = ?").param(municipality)
                        .query(UUID.class).single().toString(), "step", "send"));
        form.putAll(extra);
        WebSession resident = new WebSession(port);
        assertThat(resident.postAndFollow("/melden", form).body()).contains("Uw melding is verstuurd");
        UUID id = jdbc.sql("select id from signal where description = ?").param(description).query(UUID.class).single();
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select count(*) from subject_mention where signal_id = ?").param(id).query(Integer.class).single()
                > extra.size());
        return id;
    }

    private UUID personOf(UUID signal) {
        return jdbc.sql("select m.subject_id from subject_mention m join subject s on s.id = m.subject_id "
                + "where m.signal_id = ? and s.kind = 'PERSON'").param(signal).query(UUID.class).single();
    }

    private int audit(String action) {
        return jdbc.sql("select count(*) from audit_record where action = ? and outcome = 'SUCCESS'").param(action)
                .query(Integer.class).single();
    }

    private static String action(String page, String verb) {
        return StackTestSupport.action(page, verb);
    }

    private static String surname() {
        return StackTestSupport.surname("Am", 6);
    }
}
