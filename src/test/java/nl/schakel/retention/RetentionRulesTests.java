package nl.schakel.retention;

import java.time.LocalDate;
import java.util.UUID;

import nl.schakel.retention.internal.BatchStatus;
import nl.schakel.retention.internal.Policy;
import nl.schakel.retention.internal.RetentionRefusedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The date rules of a policy version and the moves of a batch, without Spring. */
class RetentionRulesTests {

    private static final LocalDate FROM = LocalDate.of(2024, 3, 1);

    @Test
    void aVersionGovernsOnlyTheSourceDatesFromItsDayUntilTheNextVersions() {
        Policy older = policy(LocalDate.of(2000, 1, 1), FROM);
        Policy newer = policy(FROM, null);

        assertThat(older.asRule().lastSourceDate(LocalDate.of(2025, 1, 1))).isEqualTo(FROM.minusDays(1));
        assertThat(older.asRule().lastSourceDate(LocalDate.of(2023, 5, 5))).isEqualTo(LocalDate.of(2023, 5, 5));
        assertThat(newer.asRule().lastSourceDate(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void aRecordIsDueTheDayItsPeriodEndsAndNotBefore() {
        Policy twelveMonths = policy(FROM, null);

        assertThat(twelveMonths.dueOn(LocalDate.of(2024, 1, 10))).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(twelveMonths.cutoff(LocalDate.of(2025, 1, 10))).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(twelveMonths.cutoff(LocalDate.of(2025, 1, 9))).isBefore(LocalDate.of(2024, 1, 10));
    }

    @Test
    void aBatchMovesForwardOnly() {
        assertThat(BatchStatus.AWAITING_APPROVAL.moveTo(BatchStatus.RUNNING)).isEqualTo(BatchStatus.RUNNING);
        assertThat(BatchStatus.RUNNING.moveTo(BatchStatus.DONE)).isEqualTo(BatchStatus.DONE);
        assertThatThrownBy(() -> BatchStatus.DONE.moveTo(BatchStatus.RUNNING))
                .isInstanceOf(RetentionRefusedException.class);
        assertThatThrownBy(() -> BatchStatus.AWAITING_APPROVAL.moveTo(BatchStatus.DONE))
                .isInstanceOf(RetentionRefusedException.class);
    }

    private static Policy policy(LocalDate from, LocalDate until) {
        return new Policy(UUID.randomUUID(), RecordType.SIGNAL, "NO_TRAFFICKING", 1, 12, SourceDateRule.CLOSED_AT,
                RetentionAction.ANONYMISE, "AVG", from, until);
    }
}
