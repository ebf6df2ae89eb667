package nl.schakel.stacking;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokens;
import nl.schakel.access.UserId;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 11, acceptance: three soft signals about one girl in Utrecht — her full name with her date of birth from a
 * school (internal form), a spelling variant with her age from a GP (anonymous public form), a nickname with an
 * estimated age from a youth worker (partner API) — are linked only as probable (proposals). They still escalate:
 * one notice at the third signal, none before; the escalation names the three signals, marks which links are
 * probable and asks for a review. Confirming keeps the one escalation; rejecting a link takes that signal out of
 * the count and says so.
 */
@SchakelIntegrationTest
class ProbableEscalationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Organisations organisations;

    @Test
    void probableLinksEscalateOnceAndConfirmingKeepsTheOneEscalation() {
        WebSession officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);
        int waitingBefore = waitingOnStartPage(officer);

        UUID school = sendInternal("Fatima Ouali", "2011-05-02");
        UUID gp = sendPublic("Fatma Ouali", "15");
        awaitLinked(school, gp);
        assertThat(notices(school, gp)).as("no escalation before the third signal").isZero();

        UUID youthWork = sendApi("Tima Ouali", 15);
        awaitLinked(youthWork);
        await().atMost(Duration.ofSeconds(15)).until(() -> notices(school, gp, youthWork) == 1);
        assertThat(proposals(gp) + proposals(youthWork)).as("linked only as probable").isEqualTo(2);

        String page = officer.get("/signalen/" + youthWork).body();
        assertThat(page).contains("Opgeschaald: 3 signalen van 3 verschillende melders")
                .contains(reference(school)).contains(reference(gp)).contains(reference(youthWork))
                .contains("waarschijnlijk dezelfde persoon, nog niet bevestigd")
                .contains("Beoordeel de koppelingen");
        assertThat(waitingOnStartPage(officer)).as("proposals waiting, on the start page").isEqualTo(waitingBefore + 2);
        assertThat(officer.get("/signalen").body()).contains("wachten op uw beoordeling");

        for (UUID signal : List.of(gp, youthWork)) {
            String stack = officer.get("/signalen/" + signal + "/stapeling").body();
            assertThat(officer.post(action(stack, "bevestigen")).statusCode()).isEqualTo(303);
        }

        String confirmed = officer.get("/signalen/" + school + "/stapeling").body();
        assertThat(confirmed).contains("Opgeschaald: 3 signalen van 3 verschillende melders")
                .doesNotContain("nog niet bevestigd").doesNotContain("Beoordeel de koppelingen");
        assertThat(escalations(school, gp, youthWork)).isEqualTo(1);
        assertThat(notices(school, gp, youthWork)).as("confirming sends no second notice").isEqualTo(1);
        assertThat(waitingOnStartPage(officer)).isEqualTo(waitingBefore);
    }

    @Test
    void rejectingAProbableLinkTakesItsSignalOutOfTheCount() {
        // Another date of birth than the first test's girl: the same date and given name would propose a link
        // between the two girls (a surname can change), and join their stacks.
        String surname = surname();
        UUID school = sendInternal("Fatima " + surname, "2010-09-23");
        UUID gp = sendPublic("Fatma " + surname, "15");
        UUID youthWork = sendApi("Tima " + surname, 15);
        awaitLinked(school, gp, youthWork);
        await().atMost(Duration.ofSeconds(15)).until(() -> notices(school, gp, youthWork) == 1);
        WebSession officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);

        String stack = officer.get("/signalen/" + youthWork + "/stapeling").body();
        assertThat(officer.post(action(stack, "afwijzen")).statusCode()).isEqualTo(303);

        String page = officer.get("/signalen/" + school + "/stapeling").body();
        assertThat(page).contains("Opgeschaald: 2 signalen van 2 verschillende melders")
                .contains(reference(youthWork))
                .contains("telt niet meer mee: de koppeling is afgewezen of ongedaan gemaakt")
                .contains("Na de beoordeling komen de signalen niet meer boven de drempel");
        assertThat(officer.get("/signalen/" + youthWork + "/stapeling").body())
                .contains("telt niet meer mee: de koppeling is afgewezen of ongedaan gemaakt");
        assertThat(notices(school, gp, youthWork)).isEqualTo(1);
    }

    private UUID sendInternal(String name, String dateOfBirth) {
        String description = "De mentor maakt zich zorgen over een leerling " + UUID.randomUUID();
        WebSession melder = new WebSession(port);
        melder.login("melder", WebSession.DEMO_PASSWORD);
        melder.get("/signalen/nieuw");
        Map<String, String> form = new LinkedHashMap<>(Map.of("description", description, "reporterType", "SCHOOL",
                "discussedWithManager", "true", "persons[0].name", name, "persons[0].dateOfBirth", dateOfBirth,
                "step", "send"));
        assertThat(melder.post("/signalen/nieuw", form).statusCode()).isEqualTo(303);
        return id(description);
    }

    private UUID sendPublic(String name, String age) {
        String description = "Huisarts ziet een meisje dat niet vrij lijkt te zijn " + UUID.randomUUID();
        Map<String, String> form = new LinkedHashMap<>(Map.of("description", description, "persons[0].name", name,
                "persons[0].age", age, "reporterType", "GP", "anonymous", "true",
                "municipalityId", utrecht().toString(), "step", "send"));
        assertThat(new WebSession(port).postAndFollow("/melden", form).body()).contains("Uw melding is verstuurd");
        return id(description);
    }

    private UUID sendApi(String name, int age) {
        String description = "Jongerenwerker hoort dat een meisje voor anderen moet werken " + UUID.randomUUID();
        String json = """
                {"channel": "PARTNER", "signal": {"description": "%s", "reporterType": "YOUTH_WORK",
                 "municipalityId": "%s", "persons": [{"name": "%s", "age": %d}]}}"""
                .formatted(description, utrecht(), name, age);
        HttpResponse<String> created = new WebSession(port).send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/signals"))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id(description);
    }

    private String token() {
        RegionId region = organisations.region("midden-nederland").orElseThrow().id();
        Organisation partner = organisations.inRegion(region).stream()
                .filter(o -> o.name().equals("Veilig Thuis Utrecht")).findFirst().orElseThrow();
        UserId admin = new UserId(jdbc.sql("select id from app_user where username = 'beheerder'")
                .query(UUID.class).single());
        return tokens.create(region, partner.id(), "Jongerenwerk " + UUID.randomUUID().toString().substring(0, 6),
                EnumSet.of(ApiScope.SIGNALS_WRITE), null, admin).value();
    }

    private int waitingOnStartPage(WebSession officer) {
        Matcher matcher = Pattern.compile("(\\d+) koppelvoorstel(len wachten| wacht) op uw beoordeling")
                .matcher(officer.get("/").body());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private void awaitLinked(UUID... signals) {
        StackTestSupport.awaitLinked(jdbc, signals);
    }

    private int notices(UUID... signals) {
        return jdbc.sql("""
                select count(*) from notice n join app_user u on u.id = n.recipient_id
                where n.signal_id = any(?) and n.kind = 'STACK_ESCALATED' and u.username = 'af.utrecht'""")
                .param(signals).query(Integer.class).single();
    }

    private int escalations(UUID... signals) {
        return jdbc.sql("select count(distinct subject_id) from subject_escalation_signal where signal_id = any(?)")
                .param(signals).query(Integer.class).single();
    }

    private int proposals(UUID signal) {
        return jdbc.sql("select count(*) from subject_proposal where signal_id = ? and status = 'OPEN'").param(signal)
                .query(Integer.class).single();
    }

    private UUID utrecht() {
        return jdbc.sql("select id from organisation where name = 'Gemeente Utrecht'").query(UUID.class).single();
    }

    private String reference(UUID signal) {
        return jdbc.sql("select reference from signal where id = ?").param(signal).query(String.class).single();
    }

    private UUID id(String description) {
        return jdbc.sql("select id from signal where description = ?").param(description).query(UUID.class).single();
    }

    private static String action(String page, String verb) {
        return StackTestSupport.action(page, verb);
    }

    private static String surname() {
        return StackTestSupport.surname("Ou", 5);
    }
}
