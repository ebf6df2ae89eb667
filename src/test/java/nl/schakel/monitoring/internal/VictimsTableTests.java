package nl.schakel.monitoring.internal;

import java.util.List;
import java.util.Map;

import nl.schakel.monitoring.internal.FigureTable.Cell;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The regional victims table reproduces seed 001 §1.3 cell for cell from 170 registrations. */
class VictimsTableTests {

    @Test
    void oneHundredSeventyRegistrationsGiveTheTableOfMiddenNederland2024() {
        Map<String, Long> registrations = Map.of(
                "POLICE/UTRECHT", 18L, "POLICE/FLEVOLAND", 9L, "POLICE/", 3L,
                "CARE_COORDINATORS/FLEVOLAND", 36L, "CARE_COORDINATORS/GOOI_EN_VECHT", 2L,
                "CARE_COORDINATORS/UTRECHT", 24L,
                "NOT_REGISTERED/FLEVOLAND", 77L, "NOT_REGISTERED/UTRECHT", 1L);

        FigureTable table = RegionalTables.victimsTable(registrations);

        assertThat(table.columnKeys()).containsExactly("monitoring.subRegion.FLEVOLAND",
                "monitoring.subRegion.GOOI_EN_VECHT", "monitoring.subRegion.UTRECHT", "monitoring.column.total");
        assertThat(table.rows().stream().map(FigureTable.Row::labelKey)).containsExactly("monitoring.victims.POLICE",
                "monitoring.victims.CARE_COORDINATORS", "monitoring.victims.OTHER", "monitoring.victims.NOT_REGISTERED",
                "monitoring.victims.TOTAL");
        assertThat(shown(table, 0)).containsExactly("", "", "", "30");
        assertThat(shown(table, 1)).containsExactly("36", "2", "24", "62");
        assertThat(shown(table, 2)).containsExactly("0", "0", "0", "0");
        assertThat(shown(table, 3)).containsExactly("77", "0", "1", "78");
        assertThat(shown(table, 4)).containsExactly("113", "2", "25", "170");
    }

    private static List<String> shown(FigureTable table, int row) {
        return table.rows().get(row).cells().stream().map(Cell::shown).toList();
    }
}
