package nl.schakel.monitoring.internal;

import java.time.LocalDate;

import nl.schakel.monitoring.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellsTests {

    @Test
    void theFunnelOfTheIssueShowsEightySeventyFiveAndEightyThree() {
        assertThat(Cells.percent(8, 10).shown()).isEqualTo("80%");
        assertThat(Cells.percent(6, 8).shown()).isEqualTo("75%");
        assertThat(Cells.percent(5, 6).shown()).isEqualTo("83%");
        assertThat(Cells.percent(1, 0).shown()).isEqualTo(Cells.NONE);
    }

    @Test
    void changesAndSuppressedCells() {
        assertThat(Cells.change(71.0, 157.0).shown()).isEqualTo("-55%");
        assertThat(Cells.change(62.0, 45.0).shown()).isEqualTo("+38%");
        assertThat(Cells.suppressed(5).shown()).isEqualTo("<5");
        assertThat(Cells.suppressed(5).value()).isNull();
    }

    @Test
    void ageBandsByDateOfBirthOnTheDayOfReceipt() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(AgeBand.of(null, LocalDate.of(2014, 3, 2), day)).isEqualTo(AgeBand.UNDER_12);
        assertThat(AgeBand.of(null, LocalDate.of(2014, 3, 1), day)).isEqualTo(AgeBand.AGE_12_17);
        assertThat(AgeBand.of(17, null, day)).isEqualTo(AgeBand.AGE_12_17);
        assertThat(AgeBand.of(18, null, day)).isEqualTo(AgeBand.AGE_18_23);
        assertThat(AgeBand.of(24, null, day)).isEqualTo(AgeBand.AGE_24_PLUS);
        assertThat(AgeBand.of(null, null, day)).isEqualTo(AgeBand.UNKNOWN);
    }

    @Test
    void csvFieldsAreQuotedAsRfc4180Asks() {
        assertThat(Downloads.field("Gooi & Vecht")).isEqualTo("Gooi & Vecht");
        assertThat(Downloads.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Downloads.field("zei \"ja\"")).isEqualTo("\"zei \"\"ja\"\"\"");
        assertThat(Downloads.field("twee\r\nregels")).isEqualTo("\"twee\r\nregels\"");
    }

    @Test
    void aRegietafelPeriodIsAQuarterOrLonger() {
        assertThat(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)).atLeastAQuarter()).isTrue();
        assertThat(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 30)).atLeastAQuarter()).isFalse();
    }
}
