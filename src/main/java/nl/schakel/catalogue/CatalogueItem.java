package nl.schakel.catalogue;

import java.util.Locale;

/**
 * One entry of the catalogue: an indicator (a sign seen) or a form of exploitation.
 *
 * @param code stable code, never reused, e.g. {@code VNG_1_NO_OWN_HOUSING} or {@code LABOUR}
 * @param textNl the Dutch text users see
 * @param textEn the English text
 * @param weight how strongly this indicator points to trafficking, 1 (soft) to 3 (strong); 0 for forms
 */
public record CatalogueItem(String code, String textNl, String textEn, int weight) {

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textNl;
    }
}
