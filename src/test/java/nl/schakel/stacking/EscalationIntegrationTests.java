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

/** Three signals about one subject from at least two reporters within a year tell the officers, with reasons. */
@SchakelIntegrationTest
class EscalationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theThirdSignalFromDifferentReportersEscalatesNotBefore() {
        String phone = randomPhone();
        UUID first = sendPublic(phone);
        UUID second = sendPublic(phone);
        awaitLinked(first, second);
        assertThat(escalations(phone)).isZero();
        assertThat(notices(second)).isZero();

        UUID third = sendPublic(phone);
        awaitLinked(third);

        // Each designated officer of Houten gets one; af.houten is the demo one (tests may add others).
        await().atMost(Duration.ofSeconds(15)).until(() -> escalations(phone) == 1 && notices(third) == 1);
        WebSession officer = new WebSession(port);
        officer.login("af.houten", WebSession.DEMO_PASSWORD);
        assertThat(officer.get("/").body()).contains("Signalen stapelen zich op");
        HttpResponse<String> stack = officer.get("/signalen/" + third + "/stapeling");
        assertThat(stack.body()).contains("Opgeschaald: 3 signalen van 3 verschillende melders bij 1 organisatie(s)");
    }

    @Test
    void threeSignalsFromOneReporterDoNotEscalate() {
        String phone = randomPhone();
        WebSession melder = new WebSession(port);
        melder.login("melder", WebSession.DEMO_PASSWORD);
        melder.get("/signalen/nieuw");
        UUID last = null;
        for (int i = 0; i < 3; i++) {
            String description = "Dezelfde melder meldt opnieuw " + UUID.randomUUID();
            Map<String, String> form = new LinkedHashMap<>(Map.of("description", description,
                    "phones[0].number", phone, "step", "send"));
            melder.post("/signalen/nieuw", form);
            last = id(description);
        }
        awaitLinked(last);

        assertThat(escalations(phone)).isZero();
    }

    private UUID sendPublic(String phone) {
        String description = "Weer dat telefoonnummer in een advertentie " + UUID.randomUUID();
        Map<String, String> form = new LinkedHashMap<>(Map.of("description", description, "phones[0].number", phone,
                "municipalityId", jdbc.sql("select id from organisation where name = 'Gemeente Houten'")
                        .query(UUID.class).single().toString(), "step", "send"));
        WebSession resident = new WebSession(port);
        assertThat(resident.postAndFollow("/melden", form).body()).contains("Uw melding is verstuurd");
        return id(description);
    }

    private void awaitLinked(UUID... signals) {
        StackTestSupport.awaitLinked(jdbc, signals);
    }

    private int escalations(String phone) {
        String e164 = "+316" + phone.substring(3);
        return jdbc.sql("select count(*) from subject_escalation e join subject s on s.id = e.subject_id "
                + "where s.identity = ?").param(e164).query(Integer.class).single();
    }

    private int notices(UUID signal) {
        return jdbc.sql("select count(*) from notice n join app_user u on u.id = n.recipient_id "
                + "where n.signal_id = ? and n.kind = 'STACK_ESCALATED' and u.username = 'af.houten'").param(signal)
                .query(Integer.class).single();
    }

    private UUID id(String description) {
        return jdbc.sql("select id from signal where description = ?").param(description).query(UUID.class).single();
    }

    private static String randomPhone() {
        return "06-" + (10_000_000 + (int) (Math.random() * 49_999_999));
    }
}
