package nl.schakel.directory;

import java.util.List;
import java.util.Map;

import nl.schakel.catalogue.CatalogueItem;

/**
 * Form of exploitation x phase: which partners work on what.
 *
 * @param forms the forms of exploitation of the catalogue in force, in its order
 * @param cells per form code, per phase, the names of the partners
 */
public record WhoDoesWhat(List<CatalogueItem> forms, Map<String, Map<Phase, List<String>>> cells) {

    public List<String> at(String form, Phase phase) {
        return cells.getOrDefault(form, Map.of()).getOrDefault(phase, List.of());
    }
}
