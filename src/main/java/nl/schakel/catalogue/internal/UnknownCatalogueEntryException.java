package nl.schakel.catalogue.internal;

/** The entry, version or draft asked for does not exist. */
public class UnknownCatalogueEntryException extends RuntimeException {

    public UnknownCatalogueEntryException() {
        super("unknown catalogue entry");
    }
}
