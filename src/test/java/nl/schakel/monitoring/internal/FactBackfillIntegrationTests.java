package nl.schakel.monitoring.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schakel.signal.Channel;
import nl.schakel.signal.NewSignal;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalRecords;
import nl.schakel.testing.ModuleFixtures;
import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The catch-up on start records a signal monitoring missed, and running it again changes nothing. */
@SchakelIntegrationTest
class FactBackfillIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalRecords records;

    @Autowired
    FactBackfill backfill;

    @Test
    void aMissedSignalIsRecordedOnceAndAgainChangesNothing() {
        UUID utrecht = ModuleFixtures.organisation(jdbc, ModuleFixtures.UTRECHT);
        UUID region = jdbc.sql("select region_id from organisation where id = ?").param(utrecht).query(UUID.class)
                .single();
        SignalId id = records.record(new NewSignal(new NewSignal.Origin(region, utrecht, utrecht, Channel.PHONE, 1,
                null, null), ReporterType.SCHOOL, "Gemist door monitoring " + UUID.randomUUID(), null, null, Set.of(),
                null, Set.of("LABOUR", "CRIMINAL"), Set.of(), new NewSignal.Flags(false, false, false, false, false,
                false, true), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), List.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> forms(id) == 2);
        jdbc.sql("delete from monitoring_signal_fact where signal_id = ?").param(id.value()).update();
        assertThat(forms(id)).isZero();
        long facts = jdbc.sql("select count(*) from monitoring_signal_fact").query(Long.class).single();

        backfill.backfill();
        backfill.backfill();

        assertThat(forms(id)).isEqualTo(2);
        assertThat(jdbc.sql("select channel from monitoring_signal_fact where signal_id = ?").param(id.value())
                .query(String.class).single()).isEqualTo("PHONE");
        assertThat(jdbc.sql("select count(*) from monitoring_signal_fact").query(Long.class).single())
                .isEqualTo(facts + 1);
    }

    private int forms(SignalId id) {
        return jdbc.sql("select count(*) from monitoring_signal_form where signal_id = ?").param(id.value())
                .query(Integer.class).single();
    }
}
