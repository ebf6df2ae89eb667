package nl.schakel.catalogue.internal;

import nl.schakel.catalogue.CatalogueItem;
import org.jspecify.annotations.Nullable;

/**
 * One row of a catalogue version: a group, an indicator (with its group and weight) or a form of exploitation.
 */
public record CatalogueEntry(EntryKind kind, String code, @Nullable String groupCode, String textNl, String textEn,
        int weight) {

    CatalogueItem item() {
        return new CatalogueItem(code, textNl, textEn, weight);
    }
}
