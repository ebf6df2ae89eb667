package nl.schakel.meetings;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cadences of the series, computed by ical4j from their RRULE, and the moves a meeting may make. */
class CadenceTests {

    @Test
    void anEightWeeklySeriesFromThirteenJanuaryMeetsOnTenMarchAndFiveMay() {
        LocalDate start = LocalDate.of(2026, 1, 13);
        assertThat(Cadence.dates(MeetingType.DISTRICT_WORKING_GROUP.rrule(), start, start, LocalDate.of(2026, 6, 1)))
                .containsExactly(start, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 5, 5));
    }

    @Test
    void aWindowLaterInTheSeriesStartsAtItsFirstMeetingInside() {
        LocalDate start = LocalDate.of(2026, 1, 13);
        assertThat(Cadence.dates("FREQ=WEEKLY;INTERVAL=2", start, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 24)))
                .containsExactly(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 24));
        assertThat(Cadence.dates("FREQ=MONTHLY", start, start, LocalDate.of(2026, 3, 31)))
                .containsExactly(start, LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 13));
    }

    @Test
    void onlyTheRegietafelIsTrendsOnly() {
        for (MeetingType type : MeetingType.values()) {
            assertThat(type.contentRule().admits(ItemKind.SIGNAL)).as(type.name()).isEqualTo(type != MeetingType.REGIETAFEL);
            assertThat(type.contentRule().admits(ItemKind.THEME)).isTrue();
        }
        assertThat(ContentRule.TRENDS_ONLY.admits(ItemKind.CASE)).isFalse();
    }

    @Test
    void aMeetingRefusesMovesItsRouteDoesNotAllow() {
        assertThat(MeetingStatus.PLANNED.moveTo(MeetingStatus.AGENDA_PUBLISHED)).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
        assertThat(MeetingStatus.HELD.moveTo(MeetingStatus.MINUTES_APPROVED)).isEqualTo(MeetingStatus.MINUTES_APPROVED);
        assertThatThrownBy(() -> MeetingStatus.CANCELLED.moveTo(MeetingStatus.HELD))
                .isInstanceOf(MeetingTransitionRefusedException.class);
        assertThatThrownBy(() -> MeetingStatus.PLANNED.moveTo(MeetingStatus.HELD))
                .isInstanceOf(MeetingTransitionRefusedException.class);
        assertThatThrownBy(() -> MeetingStatus.HELD.moveTo(MeetingStatus.CANCELLED))
                .isInstanceOf(MeetingTransitionRefusedException.class);
    }
}
