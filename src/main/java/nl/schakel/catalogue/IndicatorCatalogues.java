package nl.schakel.catalogue;

import java.util.Optional;

/** Reads the catalogue: the version in force for new signals, or any earlier published version. */
public interface IndicatorCatalogues {

    /** The most recently published version; new signals are made with it. */
    IndicatorCatalogue current();

    /** A published version, as it was when published. */
    Optional<IndicatorCatalogue> version(int version);
}
