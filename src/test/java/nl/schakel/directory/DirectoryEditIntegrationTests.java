package nl.schakel.directory;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 8: the region's administrator edits a directory entry on screen (Post/Redirect/Get, 303); bad input
 * answers 422 with the input kept and nothing stored; contacts, covenants and tasks stay; every edit is audited;
 * nobody else may edit.
 */
@SchakelIntegrationTest
class DirectoryEditIntegrationTests {

    private static final String ORGANISATION = "Belle";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    Organisations organisations;

    @Test
    void theAdministratorEditsAnEntryWithPrgAndBadInputKeepsTheFormAndStoresNothing() {
        RegionId region = organisations.region("midden-nederland").orElseThrow().id();
        UUID id = jdbc.sql("select id from organisation where name = ?").param(ORGANISATION).query(UUID.class).single();
        OrganisationId organisation = new OrganisationId(id);
        DirectoryEntry before = directory.card(region, organisation).orElseThrow().entry();
        String path = "/sociale-kaart/" + id + "/bewerken";
        try {
            WebSession police = WebSession.demoUser(port, "politie");
            assertThat(police.get(path).statusCode()).isEqualTo(403);
            assertThat(police.get("/sociale-kaart/" + id).body()).doesNotContain("data-testid=\"edit-entry\"");

            WebSession admin = WebSession.demoUser(port, "beheerder");
            assertThat(admin.get("/sociale-kaart/" + id).body()).contains("data-testid=\"edit-entry\"");
            HttpResponse<String> form = admin.get(path);
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.body()).contains("Sociale kaart bewerken: " + ORGANISATION);

            Map<String, String> bad = fields("Werkgebied " + id, "  ", "geen-adres");
            HttpResponse<String> refused = admin.post(path, bad);
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("Werkgebied " + id, "Vul in wat men u stuurt en wat uw drempel is.",
                    "Vul een e-mailadres in zoals naam@organisatie.nl.");
            assertThat(directory.card(region, organisation).orElseThrow().entry().regionsServed())
                    .isEqualTo(before.regionsServed());
            assertThat(police.post(path, fields("Politie schrijft", "Drempel", "")).statusCode()).isEqualTo(403);

            int audited = edits(id);
            admin.get(path);
            HttpResponse<String> saved = admin.post(path, fields("Midden-Nederland en Flevoland " + id,
                    "Stuur ons elk signaal van een vrouw van 18 of ouder.", "info@belle.example"));
            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(WebSession.location(saved)).endsWith("/sociale-kaart/" + id);
            assertThat(admin.follow(saved).body()).contains("De gegevens zijn opgeslagen.",
                    "Midden-Nederland en Flevoland " + id, "Stuur ons elk signaal van een vrouw van 18 of ouder.");
            DirectoryEntry after = directory.card(region, organisation).orElseThrow().entry();
            assertThat(after.contacts()).isEqualTo(before.contacts());
            assertThat(after.covenants()).isEqualTo(before.covenants());
            assertThat(after.work()).containsExactlyInAnyOrderElementsOf(before.work());
            assertThat(after.phone24h()).isNull();
            assertThat(edits(id)).isEqualTo(audited + 1);

            assertThat(admin.get("/sociale-kaart/" + UUID.randomUUID() + "/bewerken").statusCode()).isEqualTo(404);
        } finally {
            directory.save(region, organisation, before);
        }
    }

    private static Map<String, String> fields(String regionsServed, String threshold, String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("regionsServed", regionsServed);
        fields.put("tasks", "Opvang en begeleiding");
        fields.put("threshold", threshold);
        fields.put("officeHours", "Maandag tot en met vrijdag 9 tot 17 uur");
        fields.put("phone", "030 123 45 67");
        fields.put("phone24h", "");
        fields.put("email", email);
        fields.put("reachedBy", "ACCOUNT");
        fields.put("publicAdvice", "");
        return fields;
    }

    private int edits(UUID organisation) {
        return jdbc.sql("select count(*) from audit_record where action = 'DIRECTORY_ENTRY_EDITED' and object_id = ?")
                .param(organisation.toString()).query(Integer.class).single();
    }

}
