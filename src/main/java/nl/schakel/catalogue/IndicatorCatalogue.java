package nl.schakel.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * One published version of the catalogue. A signal records the version it was made with, so its
 * indicators keep their meaning when the catalogue changes later.
 */
public record IndicatorCatalogue(int version, List<IndicatorGroup> groups, List<CatalogueItem> exploitationForms) {

    public Optional<CatalogueItem> indicator(String code) {
        return groups.stream().flatMap(g -> g.indicators().stream()).filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<CatalogueItem> exploitationForm(String code) {
        return exploitationForms.stream().filter(f -> f.code().equals(code)).findFirst();
    }
}
