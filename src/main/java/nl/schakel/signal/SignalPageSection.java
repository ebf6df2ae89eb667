package nl.schakel.signal;

import nl.schakel.access.SchakelUser;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * A part of the officer's signal page that another module contributes (handling, routing, stacking, intake), so the page
 * is whole on every path that renders it — also when a form on it comes back with an error.
 */
public interface SignalPageSection {

    enum Slot { TOP, BOTTOM, ASIDE }

    /**
     * Which group on the page: the next steps (TOP, first), the record of what was done (BOTTOM), or beside
     * the signal's content (ASIDE: the reporter and the conversation with them).
     */
    Slot slot();

    /**
     * The step of the route this section belongs to: it is shown inside that step, and only once the step applies
     * ({@link SignalRoute.State#offered()}). Null (the default): shown in its {@link #slot()}.
     */
    default @Nullable RouteStep step() {
        return null;
    }

    /**
     * One item this section adds to the page's summary at the top (such as the classification or the open
     * referrals), as a Thymeleaf fragment rendering a {@code <div>} with a {@code <dt>} and {@code <dd>}; null
     * (the default) for none.
     */
    default @Nullable String summaryFragment() {
        return null;
    }

    /** Orders sections within a slot; lower first. */
    int order();

    /** The Thymeleaf fragment, such as {@code handling/sections :: work}. */
    String fragment();

    /** Adds what the fragment needs; only called for an officer who may handle the signal. */
    void populate(SchakelUser officer, SignalDetail signal, Model model);
}
