package nl.schakel.signal;

import nl.schakel.access.SchakelUser;
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

    /** Orders sections within a slot; lower first. */
    int order();

    /** The Thymeleaf fragment, such as {@code handling/sections :: work}. */
    String fragment();

    /** Adds what the fragment needs; only called for an officer who may handle the signal. */
    void populate(SchakelUser officer, SignalDetail signal, Model model);
}
