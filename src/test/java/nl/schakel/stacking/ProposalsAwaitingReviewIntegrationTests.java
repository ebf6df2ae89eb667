package nl.schakel.stacking;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.stacking.registry.ReviewQueue;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestSignals;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: what waits for an officer's review is counted in SQL by organisation ({@link ReviewQueue}), by the rule
 * of {@link StackLens}: the workbench's bucket "Voorstellen te beoordelen" lists a proposal of two signals of the
 * officer's own municipality, not one with a person another municipality holds, and the database's answer equals
 * the lens's for every open proposal there is.
 */
@SchakelIntegrationTest
class ProposalsAwaitingReviewIntegrationTests {

    private static final String BUCKET = "/signalen?bak=PROPOSALS_TO_REVIEW";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReviewQueue queue;

    @Autowired
    StackLens lens;

    @Test
    void theBucketListsTheProposalsTheOfficerMayReviewOnly() {
        String surname = StackTestSupport.surname("Ra", 6);
        UUID known = send("Mohamed el " + surname, "Gemeente Houten", List.of());
        UUID later = send("Mohammed El-" + surname, "Gemeente Houten", List.of());
        String phone = "06-" + (10_000_000 + (int) (Math.random() * 89_999_999));
        UUID utrecht = send("Marijke " + surname + "aar", "Gemeente Utrecht", List.of(Map.entry("phones[0].number", phone)));
        UUID across = send("Marijke " + surname + "ar", "Gemeente Houten", List.of(Map.entry("phones[0].number", phone)));
        assertThat(openProposalOf(later)).isTrue();
        assertThat(openProposalOf(across)).isTrue();

        WebSession houten = new WebSession(port);
        houten.login("af.houten", WebSession.DEMO_PASSWORD);
        String bucket = houten.get(BUCKET).body();

        assertThat(bucket).contains(reference(later)).doesNotContain(reference(across))
                .doesNotContain(reference(known)).doesNotContain(reference(utrecht));
        assertThat(houten.get("/").body()).contains("data-testid=\"proposals-awaiting-review\"");
        WebSession other = new WebSession(port);
        other.login("af.utrecht", WebSession.DEMO_PASSWORD);
        assertThat(other.get(BUCKET).body()).doesNotContain(reference(across)).doesNotContain(reference(later));
    }

    @Test
    void theDatabaseCountsByTheLensRule() {
        send("Mohamed el " + StackTestSupport.surname("Ri", 6), "Gemeente Utrecht", List.of());
        Map<UUID, UUID> holders = new HashMap<>();
        jdbc.sql("select id, receiving_organisation_id from signal").query(rs -> {
            holders.put(rs.getObject("id", UUID.class), rs.getObject("receiving_organisation_id", UUID.class));
        });
        record Open(UUID signal, UUID subject, UUID candidate) {
        }
        List<Open> open = jdbc.sql("select signal_id, subject_id, candidate_id from subject_proposal where status = 'OPEN'")
                .query((rs, n) -> new Open(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class))).list();
        assertThat(open).isNotEmpty();
        Set<UUID> organisations = new HashSet<>();
        open.forEach(p -> organisations.add(holders.get(p.signal())));
        for (UUID organisation : organisations) {
            Map<UUID, Integer> expected = new HashMap<>();
            open.stream().filter(p -> holders.get(p.signal()).equals(organisation))
                    .filter(p -> lens.mayReview(organisation, p.subject(), p.candidate()))
                    .forEach(p -> expected.merge(p.signal(), 1, Integer::sum));
            assertThat(queue.reviewableBy(organisation)).as("reviewable by %s", organisation)
                    .containsExactlyInAnyOrderEntriesOf(expected);
        }
    }

    private UUID send(String name, String municipality, List<Map.Entry<String, String>> extra) {
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(extra);
        fields.add(Map.entry("persons[0].name", name));
        UUID id = TestSignals.sendPublic(port, jdbc, "Melding over " + name + " " + UUID.randomUUID(), municipality,
                fields).id();
        StackTestSupport.awaitLinked(jdbc, id);
        return id;
    }

    private boolean openProposalOf(UUID signal) {
        return jdbc.sql("select count(*) from subject_proposal where signal_id = ? and status = 'OPEN'").param(signal)
                .query(Integer.class).single() > 0;
    }

    private String reference(UUID signal) {
        return jdbc.sql("select reference from signal where id = ?").param(signal).query(String.class).single();
    }
}
