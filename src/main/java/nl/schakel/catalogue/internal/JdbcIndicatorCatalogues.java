package nl.schakel.catalogue.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.schakel.catalogue.IndicatorCatalogue;
import nl.schakel.catalogue.IndicatorCatalogues;
import org.springframework.stereotype.Service;

/**
 * Reads published versions. They never change (the database refuses it), so each is read once per instance and
 * kept; only the number of the current version is asked each time, so a publication on another instance counts
 * at once.
 */
@Service
class JdbcIndicatorCatalogues implements IndicatorCatalogues {

    private final CatalogueStore store;
    private final Map<Integer, IndicatorCatalogue> published = new ConcurrentHashMap<>();

    JdbcIndicatorCatalogues(CatalogueStore store) {
        this.store = store;
    }

    @Override
    public IndicatorCatalogue current() {
        int version = store.currentVersion()
                .orElseThrow(() -> new IllegalStateException("no published catalogue version"));
        return published.computeIfAbsent(version, store::catalogue);
    }

    @Override
    public Optional<IndicatorCatalogue> version(int version) {
        IndicatorCatalogue known = published.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        return store.isPublished(version) ? Optional.of(published.computeIfAbsent(version, store::catalogue))
                : Optional.empty();
    }
}
