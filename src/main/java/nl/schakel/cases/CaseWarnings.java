package nl.schakel.cases;

import java.util.List;
import java.util.UUID;

import nl.schakel.cases.internal.CaseStore;
import nl.schakel.signal.SignalId;
import org.springframework.stereotype.Service;

/**
 * The banners of every {@link CaseBanners} for a case page, shown to participants with the core or criminal scope:
 * they concern the people in all the case's signals, also when the viewer does not see the signals themselves.
 */
@Service
public class CaseWarnings {

    private final CaseStore cases;
    private final List<CaseBanners> banners;

    CaseWarnings(CaseStore cases, List<CaseBanners> banners) {
        this.cases = cases;
        this.banners = banners;
    }

    /** The distinct banners for this case, as read by a viewer in this region; none without the scope. */
    public List<CaseBanners.Banner> forCase(UUID regionId, CaseView view) {
        if (!view.sees(CaseScope.CORE) && !view.sees(CaseScope.CRIMINAL)) {
            return List.of();
        }
        List<SignalId> signals = cases.signals(view.id()).stream().map(SignalId::new).toList();
        if (signals.isEmpty()) {
            return List.of();
        }
        return banners.stream().flatMap(b -> b.forSignals(regionId, signals).stream()).distinct().toList();
    }
}
