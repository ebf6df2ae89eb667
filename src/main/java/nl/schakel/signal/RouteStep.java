package nl.schakel.signal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of the reporting route as the officer's signal page shows them, in route order (domain §4, route steps
 * 2–6). Each has an anchor: the part of the page's address that brings the officer back to the step after a save.
 */
public enum RouteStep {
    RECEIVE("ontvangen"), ENRICH("verrijken"), WEIGH("wegen"), ROUTE("doorzetten"), FEEDBACK("terugkoppelen"),
    CLOSE("afsluiten");

    private final String anchor;

    RouteStep(String anchor) {
        this.anchor = anchor;
    }

    /** The step's id on the page and its value in {@code ?stap=}. */
    public String anchor() {
        return anchor;
    }

    /** Where to send the officer after a save in this step: {@code /signalen/{id}?stap=wegen#wegen}. */
    public String pageOf(SignalId id) {
        return "/signalen/" + id + "?stap=" + anchor + "#" + anchor;
    }

    public static Optional<RouteStep> ofAnchor(String anchor) {
        return Arrays.stream(values()).filter(s -> s.anchor.equals(anchor)).findFirst();
    }
}
