package nl.schakel.routing;

/** The legal basis on which a municipality shares a signal with a partner; OTHER needs a text. */
public enum LegalBasis {
    WGS, WMO_2015, JEUGDWET, MELDCODE, CONSENT, WPG, OTHER
}
