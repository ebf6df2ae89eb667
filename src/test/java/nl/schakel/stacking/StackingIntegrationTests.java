package nl.schakel.stacking;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Signals about the same phone number or person stack up across municipalities, within need-to-know. */
@SchakelIntegrationTest
class StackingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHoutenSignalAboutAnUtrechtPhoneNumberShowsOnlyAHitNotice() {
        String phone = "06-" + (10_000_000 + (int) (Math.random() * 49_999_999));
        String e164 = "+316" + phone.substring(3);
        String utrechtText = "Utrechtse melding over een jongen die pakketjes rondbrengt " + UUID.randomUUID();
        UUID utrecht = send(utrechtText, "Gemeente Utrecht", Map.of("phones[0].number", phone,
                "persons[0].name", "Mohamed el Amrani"));
        UUID houten = send("Houtense melding " + UUID.randomUUID(), "Gemeente Houten", Map.of("phones[0].number",
                "+31 6 " + phone.substring(3), "persons[0].name", "Mohammed El-Amrani"));
        await().atMost(Duration.ofSeconds(15)).until(() -> mentions(houten) >= 2 && mentions(utrecht) >= 2);

        WebSession houtenOfficer = new WebSession(port);
        houtenOfficer.login("af.houten", WebSession.DEMO_PASSWORD);
        HttpResponse<String> stack = houtenOfficer.get("/signalen/" + houten + "/stapeling");

        assertThat(stack.statusCode()).isEqualTo(200);
        assertThat(stack.body()).contains(e164)
                .contains("1 signaal bij een andere organisatie. Contact: de aandachtsfunctionaris van Gemeente Utrecht")
                .doesNotContain(utrechtText).doesNotContain(reference(utrecht)).doesNotContain(utrecht.toString());
        assertThat(houtenOfficer.get("/signalen/" + utrecht + "/stapeling").statusCode()).isEqualTo(404);
        assertThat(houtenOfficer.get("/signalen/" + houten).body()).contains("data-testid=\"stack-section\"")
                .contains("1 signaal bij een andere organisatie. Contact: de aandachtsfunctionaris van Gemeente Utrecht")
                .doesNotContain(utrechtText).doesNotContain(reference(utrecht)).doesNotContain(utrecht.toString());

        WebSession utrechtOfficer = new WebSession(port);
        utrechtOfficer.login("af.utrecht", WebSession.DEMO_PASSWORD);
        assertThat(utrechtOfficer.get("/signalen/" + utrecht + "/stapeling").body())
                .contains("bij een andere organisatie. Contact: de aandachtsfunctionaris van Gemeente Houten");

        assertThat(jdbc.sql("select count(*) from subject where kind = 'PHONE' and identity = ?").param(e164)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select outcome from subject_mention m join subject s on s.id = m.subject_id "
                + "where m.signal_id = ? and s.kind = 'PERSON'").param(houten).query(String.class).single())
                .isEqualTo("LINKED");
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'STACK_VIEWED' and outcome = 'SUCCESS' "
                + "and object_id = ?").param(houten.toString()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void namesakesBornDecadesApartStayApart() {
        UUID first = send("Jan de Vries werkt zonder loon " + UUID.randomUUID(), "Gemeente Soest",
                Map.of("persons[0].name", "Jan de Vries", "persons[0].dateOfBirth", "1990-04-02"));
        UUID second = send("Jan de Vries ziet er verwaarloosd uit " + UUID.randomUUID(), "Gemeente Soest",
                Map.of("persons[0].name", "Jan de Vries", "persons[0].dateOfBirth", "1962-11-20"));
        await().atMost(Duration.ofSeconds(15)).until(() -> mentions(first) >= 1 && mentions(second) >= 1);

        assertThat(jdbc.sql("select outcome from subject_mention m join subject s on s.id = m.subject_id "
                + "where m.signal_id = ? and s.kind = 'PERSON'").param(second).query(String.class).single())
                .isEqualTo("NEW");
    }

    private UUID send(String description, String municipality, Map<String, String> extra) {
        Map<String, String> form = new LinkedHashMap<>(extra);
        form.put("description", description);
        form.put("municipalityId", jdbc.sql("select id from organisation where name = ?").param(municipality)
                .query(UUID.class).single().toString());
        form.put("step", "send");
        WebSession resident = new WebSession(port);
        assertThat(resident.postAndFollow("/melden", form).body()).contains("Uw melding is verstuurd");
        return jdbc.sql("select id from signal where description = ?").param(description).query(UUID.class).single();
    }

    private int mentions(UUID signal) {
        return jdbc.sql("select count(*) from subject_mention where signal_id = ?").param(signal)
                .query(Integer.class).single();
    }

    private String reference(UUID signal) {
        return jdbc.sql("select reference from signal where id = ?").param(signal).query(String.class).single();
    }
}
