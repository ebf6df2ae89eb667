package nl.schakel.stacking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTests {

    @Test
    void editDistanceCountsInsertionsDeletionsSubstitutionsAndTranspositionsAsOneEach() {
        assertThat(Text.editDistance("joost", "joost")).isZero();
        assertThat(Text.editDistance("joost", "joest")).isEqualTo(1);
        assertThat(Text.editDistance("bram", "brm")).isEqualTo(1);
        assertThat(Text.editDistance("prins", "pnris")).isEqualTo(2);
        assertThat(Text.editDistance("martin", "mratin")).isEqualTo(1);
        assertThat(Text.editDistance("", "abc")).isEqualTo(3);
    }
}
