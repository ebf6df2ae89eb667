package nl.schakel.shelter;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import nl.schakel.testing.ModuleFixtures;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A figure older than a day is "niet actueel" and its provider is reminded exactly once per lapse. */
@SchakelIntegrationTest
class CapacityReminderIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CareOffer offer;

    @Autowired
    CapacityBoard board;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aProviderIsRemindedOnceWhenItsFiguresAreADayOld() {
        UUID provider = ModuleFixtures.organisation(jdbc, "Pretty Human");
        UUID region = jdbc.sql("select region_id from organisation where id = ?").param(provider).query(UUID.class)
                .single();
        UUID service = offer.saveAsRegion(region, provider, new ServiceDescription("Herinnering " + UUID.randomUUID(),
                ServiceKind.SHELTER, EnumSet.noneOf(ExploitationForm.class), EnumSet.noneOf(ServedSex.class), 12, 23,
                Target.VICTIM, false, false, EnumSet.of(ServiceArea.UTRECHT), Set.of(), Set.of(), Set.of(),
                IntakeRoute.CARE_COORDINATOR, Payer.JEUGDWET, 0, null), null);
        board.reportAsProvider(service, new CapacityUpdate("bedden", 3, 3, 1, 0, 0, CapacityStatus.CAPACITY), null);
        int before = notices();

        clock.advance(Duration.ofHours(23));
        board.remindNotCurrent();
        assertThat(reminded(service)).as("not yet a day old").isFalse();

        clock.advance(Duration.ofHours(2));
        board.remindNotCurrent();
        board.remindNotCurrent();
        clock.advance(Duration.ofHours(5));
        board.remindNotCurrent();

        assertThat(reminded(service)).isTrue();
        assertThat(events(service)).as("one reminder for one lapse").isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> notices() > before);
        int afterOneLapse = notices();

        board.reportAsProvider(service, new CapacityUpdate("bedden", 3, 3, 0, 0, 1, CapacityStatus.WAITLIST), null);
        board.remindNotCurrent();
        assertThat(reminded(service)).as("just reported").isFalse();
        clock.advance(Duration.ofHours(25));
        board.remindNotCurrent();
        assertThat(reminded(service)).as("a new lapse, a new reminder").isTrue();
        assertThat(events(service)).isEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> notices() > afterOneLapse);
    }

    /** Whether the last reminder came after the last report. */
    private boolean reminded(UUID service) {
        return jdbc.sql("select coalesce(reminded_at >= updated_at, false) from capacity where service_id = ?")
                .param(service).query(Boolean.class).single();
    }

    private int events(UUID service) {
        return jdbc.sql("""
                select count(*) from (select event_type, serialized_event from event_publication
                    union all select event_type, serialized_event from event_publication_archive) e
                where e.event_type like '%CapacityNotCurrent' and e.serialized_event like ?""")
                .param("%" + service + "%").query(Integer.class).single();
    }

    private int notices() {
        return jdbc.sql("select count(*) from notice n join app_user u on u.id = n.recipient_id "
                + "where u.username = 'zorgaanbieder' and n.kind = 'CAPACITY_NOT_CURRENT'").query(Integer.class)
                .single();
    }
}
