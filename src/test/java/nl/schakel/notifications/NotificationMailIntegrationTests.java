package nl.schakel.notifications;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With SMTP configured, the receiving officers get an e-mail that carries a link and nothing else. */
@SchakelIntegrationTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class NotificationMailIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAcuteSignalMailsTheOfficersALinkWithoutAnyContent() throws Exception {
        jdbc.sql("update app_user set email = 'ayla@utrecht.example' where username = 'af.utrecht'").update();
        String canary = "Roxana " + UUID.randomUUID();
        String utrecht = jdbc.sql("select id from organisation where name = 'Gemeente Utrecht'").query(UUID.class)
                .single().toString();
        WebSession resident = new WebSession(port);
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("description", "Acuut: " + canary,
                "municipalityId", utrecht, "reporterType", "RESIDENT", "anonymous", "true", "acute", "true",
                "persons[0].name", canary, "step", "send"));
        assertThat(resident.postAndFollow("/melden", form).body()).contains("Uw melding is verstuurd");

        // Other notices of the demo region (an overdue milestone, a B8 clock) may mail their recipients as well.
        await().atMost(Duration.ofSeconds(10)).until(() -> toOfficer().isPresent());
        MimeMessage message = toOfficer().orElseThrow();
        UUID signal = jdbc.sql("select id from signal where description = ?").param("Acuut: " + canary)
                .query(UUID.class).single();

        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ayla@utrecht.example");
        assertThat(message.getSubject()).isEqualTo("ACUUT: nieuw signaal in Schakel");
        assertThat(GreenMailUtil.getBody(message)).contains("/signalen/" + signal).doesNotContain("Roxana");
        // The mail leaves inside the listener's transaction, so the notice may commit a moment after it arrives.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from notice n join app_user u on u.id = n.recipient_id "
                + "where u.username = 'af.utrecht' and n.signal_id = ? and n.kind = 'ACUTE_SIGNAL_RECEIVED'")
                .param(signal).query(Integer.class).single()).isEqualTo(1));
    }

    private Optional<MimeMessage> toOfficer() {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("ayla@utrecht.example");
            } catch (MessagingException e) {
                return false;
            }
        }).findFirst();
    }
}
