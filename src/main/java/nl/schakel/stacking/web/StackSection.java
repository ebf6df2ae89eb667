package nl.schakel.stacking.web;

import nl.schakel.access.SchakelUser;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalPageSection;
import nl.schakel.stacking.Stacks;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** On the signal page: for each subject, what else is known about it (within need-to-know), in brief. */
@Component
class StackSection implements SignalPageSection {

    private final Stacks stacks;

    StackSection(Stacks stacks) {
        this.stacks = stacks;
    }

    @Override
    public Slot slot() {
        return Slot.TOP;
    }

    @Override
    public String summaryFragment() {
        return "stacking/section :: summaryItem";
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public String fragment() {
        return "stacking/section :: stack";
    }

    @Override
    public void populate(SchakelUser officer, SignalDetail signal, Model model) {
        model.addAttribute("stackLines", stacks.forSignal(officer, signal.id())
                .map(nl.schakel.stacking.StackView::lines).orElse(java.util.List.of()));
        model.addAttribute("stackProposals", stacks.proposals(officer, signal.id()).size());
    }
}
