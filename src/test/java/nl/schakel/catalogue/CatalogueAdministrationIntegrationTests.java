package nl.schakel.catalogue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator prepares the next version in a draft and publishes it; what signals are made with changes
 * only then. Tests that publish only add entries, because all integration tests share one database.
 */
@SchakelIntegrationTest
class CatalogueAdministrationIntegrationTests {

    private static final String DRAFT = "/admin/catalogus/concept";

    @LocalServerPort
    int port;

    @Autowired
    IndicatorCatalogues catalogues;

    @Autowired
    JdbcClient jdbc;

    private WebSession admin;
    private UUID adminId;
    private long auditMark;

    @BeforeEach
    void logInAsAdministrator() {
        admin = new WebSession(port);
        admin.login("beheerder", WebSession.DEMO_PASSWORD);
        adminId = jdbc.sql("select id from app_user where username = 'beheerder'").query(UUID.class).single();
        auditMark = jdbc.sql("select coalesce(max(seq), 0) from audit_record").query(Long.class).single();
    }

    /** A draft left by a failed test would be found by the next one. */
    @AfterEach
    void leaveNoDraft() {
        jdbc.sql("delete from catalogue_version where status = 'DRAFT'").update();
    }

    @Test
    void theOverviewShowsTheVersionInUseAndItsHistory() {
        HttpResponse<String> overview = admin.get("/admin/catalogus");

        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body())
                .contains("<h1>Signalenkaart</h1>")
                .contains("Versie " + catalogues.current().version() + ", in gebruik sinds")
                .contains("Heeft geen eigen woonruimte in Nederland")
                .contains("Arbeidsuitbuiting")
                .contains("Nieuwe versie voorbereiden")
                .contains("Versie 1");
        assertThat(admin.get("/admin/catalogus?lang=en").body()).contains("Indicator catalogue")
                .contains("Has no housing of their own in the Netherlands");
        HttpResponse<String> first = admin.get("/admin/catalogus/versies/1");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Is minderjarig");
    }

    @Test
    void anAddedIndicatorCountsOnlyOncePublishedAndEarlierVersionsKeepTheirMeaning() {
        int before = catalogues.current().version();
        String group = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String indicator = group + "_SLEEPS_IN_VAN";

        assertThat(WebSession.location(startDraft())).endsWith(DRAFT);
        assertThat(catalogues.version(before + 1)).as("a draft is not a published version").isEmpty();
        admin.get(DRAFT + "/groepen/nieuw");
        assertThat(submit(DRAFT + "/groepen", Map.of("code", group.toLowerCase(Locale.ROOT), "textNl", "Testgroep",
                "textEn", "Test group")).body()).contains(group + " is aan het concept toegevoegd.");
        assertThat(admin.get(DRAFT + "/indicatoren/nieuw?groep=" + group).body())
                .contains("<option value=\"" + group + "\" selected=\"selected\">Testgroep</option>");
        HttpResponse<String> added = submit(DRAFT + "/indicatoren", Map.of("code", indicator, "group", group,
                "textNl", "Slaapt in het busje van de werkgever", "textEn", "Sleeps in the employer's van",
                "weight", "3"));
        assertThat(added.uri().getPath()).isEqualTo(DRAFT);
        assertThat(added.body()).contains(indicator + " is aan het concept toegevoegd.")
                .contains("Slaapt in het busje van de werkgever");
        assertThat(catalogues.current().indicator(indicator)).as("not in force before publishing").isEmpty();

        HttpResponse<String> published = submit(DRAFT + "/publiceren", Map.of());

        assertThat(published.uri().getPath()).isEqualTo("/admin/catalogus");
        assertThat(published.body())
                .contains("Versie " + (before + 1) + " is gepubliceerd.")
                .contains("Versie " + (before + 1) + ", in gebruik sinds");
        IndicatorCatalogue current = catalogues.current();
        assertThat(current.version()).isEqualTo(before + 1);
        assertThat(current.indicator(indicator)).get()
                .satisfies(i -> assertThat(i.weight()).isEqualTo(3))
                .satisfies(i -> assertThat(i.text(Locale.ENGLISH)).isEqualTo("Sleeps in the employer's van"));
        assertThat(current.groups()).extracting(IndicatorGroup::code).endsWith(group);
        assertThat(current.indicator("VNG_1_NO_OWN_HOUSING")).isPresent();
        assertThat(catalogues.version(before).orElseThrow().indicator(indicator)).isEmpty();
        assertThat(audited("CATALOGUE_DRAFT_STARTED", String.valueOf(before + 1))).isEqualTo(1);
        assertThat(audited("CATALOGUE_ENTRY_ADDED", group)).isEqualTo(1);
        assertThat(audited("CATALOGUE_ENTRY_ADDED", indicator)).isEqualTo(1);
        assertThat(audited("CATALOGUE_PUBLISHED", String.valueOf(before + 1))).isEqualTo(1);

        startDraft();
        admin.get(DRAFT + "/indicatoren/nieuw");
        HttpResponse<String> reused = admin.post(DRAFT + "/indicatoren", Map.of("code", indicator, "group", group,
                "textNl", "Iets anders", "textEn", "Something else", "weight", "1"));
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.body()).contains("Deze code is al eens gebruikt").contains("value=\"Iets anders\"");
    }

    @Test
    void anInvalidEntryKeepsWhatWasTypedAndExplainsEachError() {
        startDraft();
        admin.get(DRAFT + "/indicatoren/nieuw");

        HttpResponse<String> response = admin.post(DRAFT + "/indicatoren", Map.of("code", "1 fout", "group", "",
                "textNl", "Een tekst die blijft staan", "textEn", "", "weight", "veel"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("Controleer de volgende punten")
                .contains("value=\"1 FOUT\"")
                .contains("Gebruik 2 tot 64 hoofdletters")
                .contains("Kies de groep van de indicator.")
                .contains("value=\"Een tekst die blijft staan\"")
                .contains("Vul de Engelse tekst in.")
                .contains("Kies een gewicht van 1, 2 of 3.");
        assertThat(jdbc.sql("select count(*) from catalogue_entry where code = '1 FOUT'").query(Integer.class)
                .single()).isZero();
    }

    @Test
    void changingAnIndicatorChangesOnlyTheDraft() {
        startDraft();
        HttpResponse<String> form = admin.get(DRAFT + "/indicatoren/VNG_1_MINOR");
        assertThat(form.body()).contains("<code>VNG_1_MINOR</code>").contains("value=\"Is minderjarig\"")
                .contains("<input type=\"radio\" id=\"weight-1\" value=\"1\" name=\"weight\" checked=\"checked\">");

        HttpResponse<String> changed = submit(DRAFT + "/indicatoren/VNG_1_MINOR", Map.of("group", "VNG_1",
                "textNl", "Is jonger dan 18 jaar", "textEn", "Is under 18", "weight", "2"));

        assertThat(changed.uri().getPath()).isEqualTo(DRAFT);
        assertThat(changed.body()).contains("VNG_1_MINOR is in het concept gewijzigd.")
                .contains("Is jonger dan 18 jaar");
        assertThat(catalogues.current().indicator("VNG_1_MINOR")).get()
                .satisfies(i -> assertThat(i.textNl()).isEqualTo("Is minderjarig"));
        assertThat(audited("CATALOGUE_ENTRY_CHANGED", "VNG_1_MINOR")).isEqualTo(1);
    }

    @Test
    void aRemovalCanBeUndoneAndDiscardingTheDraftLeavesTheCurrentVersionAlone() {
        int before = catalogues.current().version();
        startDraft();
        admin.get(DRAFT);

        String afterRemoval = submit(DRAFT + "/indicatoren/VNG_5_CHANGING_WORKPLACES/verwijderen", Map.of()).body();

        assertThat(afterRemoval).contains("VNG_5_CHANGING_WORKPLACES is uit het concept verwijderd.")
                .contains("action=\"/admin/catalogus/concept/indicatoren/VNG_5_CHANGING_WORKPLACES/terugzetten\"")
                .contains("Verwijderd ten opzichte van versie " + before);
        assertThat(submit(DRAFT + "/indicatoren/VNG_5_CHANGING_WORKPLACES/terugzetten", Map.of()).body()).contains("VNG_5_CHANGING_WORKPLACES is in het concept teruggezet.")
                .doesNotContain("Verwijderd ten opzichte van versie");

        assertThat(submit(DRAFT + "/groepen/VNG_5/verwijderen", Map.of()).body())
                .contains("Een groep met indicatoren kan niet worden verwijderd.");
        assertThat(submit(DRAFT + "/publiceren", Map.of()).body())
                .contains("Het concept is gelijk aan de huidige versie.");

        HttpResponse<String> discarded = submit(DRAFT + "/verwijderen", Map.of());

        assertThat(discarded.uri().getPath()).isEqualTo("/admin/catalogus");
        assertThat(discarded.body()).contains("Het concept is weggegooid.")
                .contains("Nieuwe versie voorbereiden");
        assertThat(jdbc.sql("select count(*) from catalogue_version where status = 'DRAFT'").query(Integer.class)
                .single()).isZero();
        assertThat(catalogues.current().version()).isEqualTo(before);
        assertThat(catalogues.current().indicator("VNG_5_CHANGING_WORKPLACES")).isPresent();
        assertThat(audited("CATALOGUE_ENTRY_REMOVED", "VNG_5_CHANGING_WORKPLACES")).isEqualTo(1);
        assertThat(audited("CATALOGUE_ENTRY_RESTORED", "VNG_5_CHANGING_WORKPLACES")).isEqualTo(1);
        assertThat(audited("CATALOGUE_DRAFT_DISCARDED", String.valueOf(before + 1))).isEqualTo(1);
    }

    @Test
    void aDraftThatIsGoneIsExplainedInsteadOfFailing() {
        startDraft();
        admin.get(DRAFT + "/vormen/nieuw");
        WebSession otherWindow = new WebSession(port);
        otherWindow.login("beheerder", WebSession.DEMO_PASSWORD);
        otherWindow.get(DRAFT);
        otherWindow.post(DRAFT + "/verwijderen");

        HttpResponse<String> late = submit(DRAFT + "/vormen", Map.of("code", "FORCED_BEGGING",
                "textNl", "Gedwongen bedelarij", "textEn", "Forced begging"));

        assertThat(late.uri().getPath()).isEqualTo("/admin/catalogus");
        assertThat(late.body()).contains("Er is geen concept (meer).");
        assertThat(WebSession.location(admin.get(DRAFT))).endsWith("/admin/catalogus");
        assertThat(WebSession.location(admin.get(DRAFT + "/vormen/nieuw"))).endsWith("/admin/catalogus");
        assertThat(submit(DRAFT + "/vormen/SEXUAL", Map.of("textNl", "Seksuele uitbuiting", "textEn", "Sexual"))
                .body()).contains("Er is geen concept (meer).");
        assertThat(jdbc.sql("select count(*) from catalogue_entry where code = 'FORCED_BEGGING'").query(Integer.class)
                .single()).isZero();
    }

    @Test
    void unknownVersionsKindsAndCodesAreNotFound() {
        startDraft();

        assertThat(admin.get("/admin/catalogus/versies/9999").statusCode()).isEqualTo(404);
        assertThat(admin.get("/admin/catalogus/versies/abc").statusCode()).isEqualTo(400);
        assertThat(admin.get(DRAFT + "/onbekend/nieuw").statusCode()).isEqualTo(404);
        assertThat(admin.get(DRAFT + "/indicatoren/BESTAAT_NIET").statusCode()).isEqualTo(404);
        admin.get(DRAFT);
        assertThat(admin.post(DRAFT + "/vormen/BESTAAT_NIET/verwijderen").statusCode()).isEqualTo(404);
        assertThat(admin.post(DRAFT + "/vormen/BESTAAT_NIET/terugzetten").statusCode()).isEqualTo(404);
    }

    /** Posts like a browser: follows the redirect, so a notice shows on the page it was meant for. */
    private HttpResponse<String> submit(String path, Map<String, String> form) {
        HttpResponse<String> response = admin.post(path, form);
        String location = WebSession.location(response);
        return location.isEmpty() ? response : admin.get(URI.create(location).getPath());
    }

    private HttpResponse<String> startDraft() {
        admin.get("/admin/catalogus");
        return admin.post(DRAFT);
    }

    /** Audit records of this test: draft numbers repeat across tests, as drafts are discarded. */
    private int audited(String action, String objectId) {
        return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ? and user_id = ? "
                + "and outcome = 'SUCCESS' and seq > ?").params(action, objectId, adminId, auditMark)
                .query(Integer.class).single();
    }
}
