package nl.schakel.signal;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.schakel.access.SchakelUser;
import nl.schakel.access.UserDirectory;
import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * Renders the officer's page of one signal as the route: a summary, then the steps in route order with the
 * sections other modules contribute to each step (decision 0026). Every controller that shows the page (also to
 * repeat a form with its error) goes through here.
 */
@Service
public class SignalPage {

    private final SignalDesk desk;
    private final Signals signals;
    private final Organisations organisations;
    private final IndicatorCatalogues catalogues;
    private final UserDirectory users;
    private final ObjectProvider<SignalPageSection> sections;

    SignalPage(SignalDesk desk, Signals signals, Organisations organisations, IndicatorCatalogues catalogues,
            UserDirectory users, ObjectProvider<SignalPageSection> sections) {
        this.desk = desk;
        this.signals = signals;
        this.organisations = organisations;
        this.catalogues = catalogues;
        this.users = users;
        this.sections = sections;
    }

    /**
     * Opens the signal (audited) and fills the model; the page opens at the step the officer worked in.
     *
     * @param step the step just saved (or whose form comes back with an error), or null for the next step
     * @throws ResponseStatusException 404 when the officer may not handle the signal
     */
    public String show(SchakelUser officer, SignalId id, @Nullable RouteStep step, Model model) {
        SignalDetail signal = desk.open(officer, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        fill(officer, signal, model);
        SignalRoute route = (SignalRoute) Objects.requireNonNull(model.getAttribute("route"));
        model.addAttribute("currentStep", step != null ? step : route.next());
        if (step != null) {
            // The confirmation of a save is shown in the step saved, not above the page; and a form that comes back
            // with an error or a refusal is shown in its step even where the step does not apply yet.
            model.addAttribute("noticeShownInPage", true);
            model.addAttribute("shownStep", step);
        }
        List<SignalPageSection> all = sections.orderedStream()
                .sorted(Comparator.comparingInt(SignalPageSection::order)).toList();
        all.forEach(section -> section.populate(officer, signal, model));
        Map<RouteStep, List<String>> perStep = new EnumMap<>(RouteStep.class);
        for (RouteStep s : RouteStep.values()) {
            perStep.put(s, all.stream().filter(x -> x.step() == s).map(SignalPageSection::fragment).toList());
        }
        model.addAttribute("summaryItems", all.stream().map(SignalPageSection::summaryFragment)
                .filter(Objects::nonNull).toList());
        model.addAttribute("steps", RouteStep.values());
        model.addAttribute("stepSections", perStep);
        model.addAttribute("topSections", fragments(all, SignalPageSection.Slot.TOP));
        model.addAttribute("bottomSections", fragments(all, SignalPageSection.Slot.BOTTOM));
        model.addAttribute("asideSections", fragments(all, SignalPageSection.Slot.ASIDE));
        return "signal/signal";
    }

    /** The same page, opened at the step the officer is in; for views that do not know the step. */
    public String show(SchakelUser officer, SignalId id, Model model) {
        return show(officer, id, null, model);
    }

    /**
     * Fills a model for the printable version and the PDF of a signal (audited as a print), or returns false when
     * the officer may not handle it. The model holds what the page's summary and content hold, and no sealed field.
     */
    public boolean printable(SchakelUser officer, SignalId id, Model model) {
        return desk.print(officer, id).map(signal -> {
            fill(officer, signal, model);
            return true;
        }).orElse(false);
    }

    /** What the summary and the content need: the signal, its route, who took it up, the catalogue's words. */
    void fill(SchakelUser officer, SignalDetail signal, Model model) {
        SignalRoute route = SignalRoute.of(signal.status(), signal.history());
        model.addAttribute("signal", signal);
        model.addAttribute("route", route);
        model.addAttribute("takenUpBy", route.takenUpBy() == null ? null
                : users.displayNames(List.of(route.takenUpBy())).get(route.takenUpBy()));
        model.addAttribute("municipalities", municipalities(signal.id()));
        model.addAttribute("catalogue", catalogues.version(signal.catalogueVersion()).orElseGet(catalogues::current));
    }

    /** The active municipalities of the signal's region, to name the one it concerns. */
    private List<Organisation> municipalities(SignalId id) {
        return signals.regionOf(id).map(region -> organisations.inRegion(new RegionId(region)).stream()
                .filter(o -> o.type() == OrganisationType.MUNICIPALITY && o.active()).toList()).orElse(List.of());
    }

    private static List<String> fragments(List<SignalPageSection> all, SignalPageSection.Slot slot) {
        return all.stream().filter(s -> s.step() == null && s.slot() == slot).map(SignalPageSection::fragment)
                .toList();
    }
}
