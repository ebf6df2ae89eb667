package nl.schakel.intake.web;

import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.intake.SignalIntake;
import nl.schakel.signal.SignalDetail;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the signal page's "in the officer's words" fragment needs, for a read-only copy outside the signal page:
 * the reporter's own copy in "Mijn signalen" and the manager's reading before co-signing.
 */
@Component
class SignalCopy {

    private final IndicatorCatalogues catalogues;
    private final SignalIntake intake;

    SignalCopy(IndicatorCatalogues catalogues, SignalIntake intake) {
        this.catalogues = catalogues;
        this.intake = intake;
    }

    void addTo(Model model, SignalDetail signal) {
        model.addAttribute("copy", signal);
        model.addAttribute("catalogue", catalogues.version(signal.catalogueVersion()).orElseGet(catalogues::current));
        model.addAttribute("municipalities", intake.municipalities());
    }
}
