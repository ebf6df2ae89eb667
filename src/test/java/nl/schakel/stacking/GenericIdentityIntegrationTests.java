package nl.schakel.stacking;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.stacking.registry.SubjectRegistry;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 11: a phone number shared by more persons than the generic threshold (a switchboard, a shelter) stops
 * producing candidates, and the stack view says it is generic.
 */
@SchakelIntegrationTest
class GenericIdentityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubjectRegistry registry;

    @Test
    void aPhoneSharedByMorePersonsThanTheThresholdStopsProducingCandidates() {
        String phone = "06-" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String e164 = "+316" + phone.substring(3);
        UUID first = send(phone, 0);
        UUID region = jdbc.sql("select region_id from signal where id = ?").param(first).query(UUID.class).single();
        Map<SharedContext, Set<String>> identities = Map.of(SharedContext.PHONE, Set.of(e164));
        BlockingKeys noKeys = new BlockingKeys(Set.of(), List.of(), null);
        assertThat(registry.candidates(region, noKeys, identities)).as("a phone one person shares").hasSize(1);

        UUID last = first;
        for (int i = 1; i <= SubjectRegistry.GENERIC_AFTER; i++) {
            last = send(phone, i);
        }

        assertThat(registry.candidates(region, noKeys, identities)).as("a generic phone").isEmpty();
        WebSession officer = new WebSession(port);
        officer.login("af.houten", WebSession.DEMO_PASSWORD);
        assertThat(officer.get("/signalen/" + last + "/stapeling").body()).contains("Algemeen gegeven: dit komt voor "
                + "bij meer dan " + SubjectRegistry.GENERIC_AFTER + " personen");
    }

    private UUID send(String phone, int person) {
        String description = "Steeds hetzelfde nummer " + UUID.randomUUID();
        Map<String, String> form = new LinkedHashMap<>(Map.of("description", description, "phones[0].number", phone,
                "persons[0].name", "Persoon " + letters() + " " + letters() + person,
                "municipalityId", jdbc.sql("select id from organisation where name = 'Gemeente Houten'")
                        .query(UUID.class).single().toString(), "step", "send"));
        assertThat(new WebSession(port).postAndFollow("/melden", form).body()).contains("Uw melding is verstuurd");
        UUID id = jdbc.sql("select id from signal where description = ?").param(description).query(UUID.class)
                .single();
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select count(*) from subject_mention where signal_id = ?").param(id).query(Integer.class).single() >= 2);
        return id;
    }

    private static String letters() {
        StringBuilder name = new StringBuilder("Q");
        for (int i = 0; i < 6; i++) {
            name.append("bdfklmnprstvz".charAt((int) (Math.random() * 13)));
            name.append("aeiou".charAt((int) (Math.random() * 5)));
        }
        return name.toString();
    }
}
