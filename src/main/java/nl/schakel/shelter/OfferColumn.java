package nl.schakel.shelter;

/**
 * The columns of the care offer's Excel overview (the sheet CoMensha and Moviera keep), in order. Lists are codes
 * separated by commas, yes/no as "ja"/"nee", dates as yyyy-mm-dd. See docs/architecture.md, "Care offer".
 */
public enum OfferColumn {
    PROVIDER("Aanbieder"),
    NAME("Naam aanbod"),
    KIND("Soort"),
    FORMS("Vormen van uitbuiting"),
    SEXES("Geslacht"),
    MIN_AGE("Leeftijd vanaf"),
    MAX_AGE("Leeftijd tot en met"),
    TARGET("Doelgroep"),
    UNDOCUMENTED("Zonder verblijfsstatus"),
    UNACCOMPANIED_MINORS("Alleenstaande minderjarigen"),
    AREAS("Regio's"),
    CONTRA_INDICATIONS("Contra-indicaties"),
    WITH_SUPPORT("Met begeleiding acceptabel"),
    LANGUAGES("Talen"),
    INTAKE_ROUTE("Intakeroute"),
    PAYER("Financier"),
    WAITING_DAYS("Wachttijd (dagen)"),
    VERIFIED_ON("Geverifieerd op");

    private final String header;

    OfferColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }
}
