package nl.schakel.catalogue;

import java.util.List;
import java.util.Locale;

/** A group of indicators as on the signalenkaart, e.g. "Meervoudige afhankelijkheid" or "Signalen voor de balie". */
public record IndicatorGroup(String code, String nameNl, String nameEn, List<CatalogueItem> indicators) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }
}
