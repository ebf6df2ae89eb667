package nl.schakel.directory;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sociale kaart (issue 13 item 8) and the public pages (issue 16 item 7): public without login or cookie and
 * without personal names; a card is verified for six months after its confirmation, then "niet geverifieerd".
 */
@SchakelIntegrationTest
class DirectoryIntegrationTests {

    /** Fictional contact persons of the demo directory: never on a public page. */
    private static final List<String> CONTACT_NAMES = List.of("Rik Voorbeeld", "Sanne Fictief", "Lieke Fictief",
            "Ayla Functionaris", "Femke Proef");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Directory directory;

    @Autowired
    Organisations organisations;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void thePublicPagesNeedNoLoginSetNoCookieAndNameNoPerson() {
        WebSession visitor = new WebSession(port);
        for (String path : List.of("/melden/waar", "/melden/privacy", "/melden/toegankelijkheid", "/melden/contact",
                "/melden/waar?lang=en")) {
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(page.body()).as(path).doesNotContain(CONTACT_NAMES.toArray(String[]::new));
        }
        assertThat(visitor.get("/melden/waar").body()).contains("Veilig Thuis Utrecht", "0800-2000", "112")
                .doesNotContain("Moviera");
        assertThat(visitor.get("/melden/privacy").body()).contains("Welke gegevens", "Waarom wij dit mogen",
                "Hoe lang wij gegevens bewaren", "Uw rechten", "privacy@schakel.example");
        assertThat(visitor.get("/melden/toegankelijkheid").body()).contains("Status B");
        // Every page's footer links to the statements, the public form's too.
        assertThat(visitor.get("/melden").body()).contains("/melden/privacy", "/melden/toegankelijkheid",
                "/melden/contact", "/melden/waar");
    }

    @Test
    void professionalsSeeTheCardsAndACardIsNoLongerVerifiedSixMonthsAfterItsConfirmation() {
        WebSession police = WebSession.demoUser(port, "politie");
        HttpResponse<String> list = police.get("/sociale-kaart");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Politie Midden-Nederland – TMM", "Pretty Human");
        String tmm = cardPath(list.body(), "Politie Midden-Nederland – TMM");
        assertThat(police.get(tmm).body()).contains("Rik Voorbeeld", "Sanne Fictief", "Geverifieerd op")
                .doesNotContain("Niet geverifieerd");
        // (Whether the demo's one unconfirmed card is still unconfirmed depends on the tests before this one in the
        // same context — the browser test confirms it — so the rule is shown on the clock below instead.)
        assertThat(police.get("/sociale-kaart/wie-doet-wat").body()).contains("Arbeidsuitbuiting",
                "Opsporing en handhaving", "Nederlandse Arbeidsinspectie – toezicht");
        // Only an administrator confirms.
        assertThat(police.post(tmm + "/bevestigen").statusCode()).isEqualTo(403);

        WebSession admin = WebSession.demoUser(port, "beheerder");
        HttpResponse<String> confirmed = admin.post(tmm + "/bevestigen");
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(admin.follow(confirmed).body()).contains("De gegevens zijn bevestigd", "Geverifieerd op");

        OrganisationId organisation = OrganisationId.of(tmm.substring(tmm.lastIndexOf('/') + 1));
        RegionId region = organisations.region("midden-nederland").orElseThrow().id();
        assertThat(directory.card(region, organisation).orElseThrow().verified()).isTrue();
        clock.advance(Duration.ofDays(179));
        assertThat(directory.card(region, organisation).orElseThrow().verified()).isTrue();
        clock.advance(Duration.ofDays(5));
        assertThat(directory.card(region, organisation).orElseThrow().verified()).isFalse();
    }

    @Test
    void theDirectoryIsForLoggedInPeopleOnly() {
        HttpResponse<String> anonymous = new WebSession(port).get("/sociale-kaart");
        assertThat(anonymous.statusCode()).isEqualTo(302);
    }


    private static String cardPath(String list, String organisation) {
        var matcher = java.util.regex.Pattern.compile("href=\"(/sociale-kaart/[0-9a-f-]{36})\">" + organisation)
                .matcher(list);
        assertThat(matcher.find()).as("card link of %s", organisation).isTrue();
        return matcher.group(1);
    }
}
