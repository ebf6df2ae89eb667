package nl.schakel.signal;

import java.util.Comparator;
import java.util.List;

import nl.schakel.access.SchakelUser;
import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * Renders the officer's page of one signal with the sections other modules contribute. Every
 * controller that shows the page (also to repeat a form with its error) goes through here.
 */
@Service
public class SignalPage {

    private final SignalDesk desk;
    private final Signals signals;
    private final Organisations organisations;
    private final IndicatorCatalogues catalogues;
    private final ObjectProvider<SignalPageSection> sections;

    SignalPage(SignalDesk desk, Signals signals, Organisations organisations, IndicatorCatalogues catalogues,
            ObjectProvider<SignalPageSection> sections) {
        this.desk = desk;
        this.signals = signals;
        this.organisations = organisations;
        this.catalogues = catalogues;
        this.sections = sections;
    }

    /**
     * Opens the signal (audited; the first opening starts triage) and fills the model.
     *
     * @throws ResponseStatusException 404 when the officer may not handle the signal
     */
    public String show(SchakelUser officer, SignalId id, Model model) {
        SignalDetail signal = desk.open(officer, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("signal", signal);
        model.addAttribute("municipalities", municipalities(id));
        model.addAttribute("catalogue", catalogues.version(signal.catalogueVersion()).orElseGet(catalogues::current));
        List<SignalPageSection> all = sections.orderedStream()
                .sorted(Comparator.comparingInt(SignalPageSection::order)).toList();
        all.forEach(section -> section.populate(officer, signal, model));
        model.addAttribute("topSections", fragments(all, SignalPageSection.Slot.TOP));
        model.addAttribute("bottomSections", fragments(all, SignalPageSection.Slot.BOTTOM));
        model.addAttribute("asideSections", fragments(all, SignalPageSection.Slot.ASIDE));
        return "signal/signal";
    }

    /** The active municipalities of the signal's region, to name the one it concerns. */
    private List<Organisation> municipalities(SignalId id) {
        return signals.regionOf(id).map(region -> organisations.inRegion(new RegionId(region)).stream()
                .filter(o -> o.type() == OrganisationType.MUNICIPALITY && o.active()).toList()).orElse(List.of());
    }

    private static List<String> fragments(List<SignalPageSection> all, SignalPageSection.Slot slot) {
        return all.stream().filter(s -> s.slot() == slot).map(SignalPageSection::fragment).toList();
    }
}
