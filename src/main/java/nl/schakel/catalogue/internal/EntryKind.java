package nl.schakel.catalogue.internal;

import java.util.Arrays;
import java.util.Optional;

/** What an entry of the catalogue is; {@code segment} names it in the administrator's URLs. */
public enum EntryKind {
    GROUP("groepen"),
    INDICATOR("indicatoren"),
    FORM("vormen");

    private final String segment;

    EntryKind(String segment) {
        this.segment = segment;
    }

    public String segment() {
        return segment;
    }

    public static Optional<EntryKind> ofSegment(String segment) {
        return Arrays.stream(values()).filter(k -> k.segment.equals(segment)).findFirst();
    }

    /** The audit trail's object type for entries of this kind. */
    String objectType() {
        return "CATALOGUE_" + name();
    }
}
