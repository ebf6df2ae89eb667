package nl.schakel.routing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.schakel.intake.SignalIntake;
import nl.schakel.organisations.OrganisationForm;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static nl.schakel.routing.RoutingFixtures.login;
import static nl.schakel.routing.RoutingFixtures.organisation;
import static nl.schakel.routing.RoutingFixtures.route;
import static nl.schakel.routing.RoutingFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With SMTP configured, partners get an e-mail with a link — to the referral or a secure link — and no content. */
@SchakelIntegrationTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class RoutingMailIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalIntake intake;

    @Autowired
    Organisations organisations;

    @Test
    void thePartnerAndTheAccountlessPartnerGetOnlyALink() throws Exception {
        jdbc.sql("update app_user set email = 'zoe@moviera.example' where username = 'zorgcoordinator'").update();
        String canary = "Mirela" + UUID.randomUUID().toString().substring(0, 6);
        String description = "Vrouwen werken in een kas " + UUID.randomUUID();
        UUID signal = RoutingFixtures.labourSignal(intake, jdbc, description, canary);
        String shelterName = "Opvang per link " + UUID.randomUUID().toString().substring(0, 6);
        UUID shelter = organisations.create(organisations.region("midden-nederland").orElseThrow().id(),
                new OrganisationForm(shelterName, OrganisationType.CARE_PROVIDER, null)).id().value();
        LocalDate due = LocalDate.now().plusDays(14);
        var shelterRow = row(1, shelter, "CONSENT", "DESCRIPTION,PERSONS", due);
        shelterRow.put("partners[1].contactEmail", "intake@opvang.example");

        WebSession officer = login(port, "af.utrecht");
        var posted = route(officer, signal, row(0, organisation(jdbc, "Moviera"), "WMO_2015", "DESCRIPTION,PERSONS", due),
                shelterRow);
        assertThat(posted.statusCode()).isEqualTo(303);
        var sent = officer.follow(posted);
        assertThat(sent.statusCode()).isEqualTo(200);
        UUID toMoviera = RoutingFixtures.referral(jdbc, signal, "Moviera");

        await().atMost(Duration.ofSeconds(10)).until(() -> to("zoe@moviera.example").size() >= 1
                && to("intake@opvang.example").size() >= 1);
        MimeMessage partner = to("zoe@moviera.example").get(0);
        assertThat(partner.getSubject()).isEqualTo("Doorverwijzing in Schakel");
        assertThat(GreenMailUtil.getBody(partner)).contains("/doorverwijzingen/" + toMoviera)
                .doesNotContain(canary).doesNotContain("kas");
        MimeMessage link = to("intake@opvang.example").get(0);
        String body = GreenMailUtil.getBody(link);
        assertThat(body).contains("/doorverwijzing/").doesNotContain(canary).doesNotContain("kas")
                .doesNotContain(shelterName);
        assertThat(sent.body()).contains("/doorverwijzing/");
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }
}
