package nl.schakel.shelter;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What an xlsx import did: how many rows it kept, and each refused row with its number and reason. */
public record ImportReport(int imported, List<BadRow> badRows) implements java.io.Serializable {

    /**
     * @param row the row number as Excel shows it (the header is row 1)
     * @param reason a message key of the shelter module, {@code shelter.import.error.*}
     * @param column the column it is about, or null
     */
    public record BadRow(int row, String reason, @Nullable OfferColumn column) implements java.io.Serializable {
    }
}
