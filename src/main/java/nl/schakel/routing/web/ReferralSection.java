package nl.schakel.routing.web;

import nl.schakel.access.SchakelUser;
import nl.schakel.routing.Referrals;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalPageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The signal page's routing part: the referrals with their partners' answers, and the way to route. */
@Component
class ReferralSection implements SignalPageSection {

    private final Referrals referrals;

    ReferralSection(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public Slot slot() {
        return Slot.TOP;
    }

    @Override
    public nl.schakel.signal.RouteStep step() {
        return nl.schakel.signal.RouteStep.ROUTE;
    }

    @Override
    public String summaryFragment() {
        return "routing/section :: summaryItem";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String fragment() {
        return "routing/section :: routing";
    }

    @Override
    public void populate(SchakelUser officer, SignalDetail signal, Model model) {
        model.addAttribute("referrals", referrals.forSignal(officer, signal.id()));
    }
}
