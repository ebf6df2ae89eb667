package nl.schakel.signal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Moves on the reporting route refuse loudly; a step that may not apply says so in its name. */
@SchakelIntegrationTest
class SignalProgressIntegrationTests {

    @Autowired
    SignalRecords records;

    @Autowired
    SignalProgress progress;

    @Autowired
    Signals signals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anIllegalMoveThrowsAndLeavesTheSignalWhereItWas() {
        SignalId id = newSignal();

        assertThatThrownBy(() -> progress.advance(id, SignalStatus.ROUTED, null))
                .isInstanceOf(IllegalSignalTransition.class)
                .hasMessageContaining("RECEIVED").hasMessageContaining("ROUTED");

        assertThat(signals.status(id)).contains(SignalStatus.RECEIVED);
        assertThat(history(id)).containsExactlyInAnyOrder("RECEIVED");
    }

    @Test
    void aLegalMoveIsMadeAndRecorded() {
        SignalId id = newSignal();

        progress.advance(id, SignalStatus.IN_TRIAGE, null);

        assertThat(signals.status(id)).contains(SignalStatus.IN_TRIAGE);
        assertThat(history(id)).containsExactlyInAnyOrder("RECEIVED", "IN_TRIAGE");
        assertThatThrownBy(() -> progress.advance(id, SignalStatus.IN_TRIAGE, null))
                .as("there already").isInstanceOf(IllegalSignalTransition.class);
    }

    @Test
    void advanceIfAllowedMovesOnlyWhenTheRouteAllowsIt() {
        SignalId id = newSignal();

        assertThat(progress.advanceIfAllowed(id, SignalStatus.ROUTED, null)).isFalse();
        assertThat(signals.status(id)).contains(SignalStatus.RECEIVED);
        assertThat(progress.advanceIfAllowed(id, SignalStatus.IN_TRIAGE, null)).isTrue();
        assertThat(progress.advanceIfAllowed(id, SignalStatus.IN_TRIAGE, null)).isFalse();
        assertThat(history(id)).containsExactlyInAnyOrder("RECEIVED", "IN_TRIAGE");
    }

    @Test
    void lateRepliesCountAsUnreadUntilTheOfficerWritesBack() {
        SignalId id = newSignal();
        records.replyReceived(id);
        records.replyReceived(id);
        assertThat(signals.summaries(List.of(id)).get(0).unreadReplies()).isEqualTo(2);

        records.reporterMessaged(id);

        assertThat(signals.summaries(List.of(id)).get(0).unreadReplies()).isZero();
    }

    private SignalId newSignal() {
        UUID utrecht = jdbc.sql("select id from organisation where name = 'Gemeente Utrecht'").query(UUID.class)
                .single();
        UUID region = jdbc.sql("select region_id from organisation where id = ?").param(utrecht).query(UUID.class)
                .single();
        return records.record(new NewSignal(new NewSignal.Origin(region, utrecht, utrecht, Channel.ONLINE_FORM, 1,
                        null, null), ReporterType.RESIDENT, "Een melding om de route mee te proberen.", null, null,
                Set.of(), null, Set.of(), Set.of(), new NewSignal.Flags(false, false, false, false, false, false, true),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), List.of());
    }

    private List<String> history(SignalId id) {
        return jdbc.sql("select status from signal_event where signal_id = ? order by occurred_at, id")
                .param(id.value()).query(String.class).list();
    }
}
