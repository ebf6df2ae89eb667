package nl.schakel.cases.web;

import nl.schakel.access.SchakelUser;
import nl.schakel.cases.CaseOpening;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalPageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The signal page's case part: the case the signal went into, or "Casus maken". */
@Component
class CaseSignalSection implements SignalPageSection {

    private final CaseOpening opening;

    CaseSignalSection(CaseOpening opening) {
        this.opening = opening;
    }

    @Override
    public Slot slot() {
        return Slot.TOP;
    }

    @Override
    public int order() {
        return 8;
    }

    @Override
    public String fragment() {
        return "cases/section :: cases";
    }

    @Override
    public void populate(SchakelUser officer, SignalDetail signal, Model model) {
        model.addAttribute("signalCase", opening.caseOf(officer, signal.id()).orElse(null));
        model.addAttribute("mayMakeCase", !opening.mergeable(officer, java.util.List.of(signal.id().value())).isEmpty());
    }
}
