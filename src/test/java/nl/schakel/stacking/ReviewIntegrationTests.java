package nl.schakel.stacking;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern ACTION = Pattern.compile("action=\"(/signalen/[^\"]+/(bevestigen|afwijzen|splitsen))\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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

    private UUID send(String name) {
        String description = "Melding over " + name + " " + UUID.randomUUID();
        Map<String, String> form = new LinkedHashMap<>(Map.of("description", description, "persons[0].name", name,
                "municipalityId", jdbc.sql("select id from organisation where name = 'Gemeente Houten'")
                        .query(UUID.class).single().toString(), "step", "send"));
        WebSession resident = new WebSession(port);
        assertThat(resident.postAndFollow("/melden", form).body()).contains("Uw melding is verstuurd");
        UUID id = jdbc.sql("select id from signal where description = ?").param(description).query(UUID.class).single();
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select count(*) from subject_mention where signal_id = ?").param(id).query(Integer.class).single() > 0);
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
        Matcher matcher = ACTION.matcher(page);
        while (matcher.find()) {
            if (matcher.group(2).equals(verb)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no " + verb + " button on the page");
    }

    private static String surname() {
        String letters = "bdfklmnprstvz";
        StringBuilder name = new StringBuilder("Am");
        for (int i = 0; i < 6; i++) {
            name.append(letters.charAt((int) (Math.random() * letters.length())));
            name.append("aeiou".charAt((int) (Math.random() * 5)));
        }
        return name.toString();
    }
}
