package nl.schakel.routing.web;

import nl.schakel.access.SchakelUser;
import nl.schakel.routing.ReferralFeedback;
import nl.schakel.signal.RouteStep;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalPageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The signal page's Terugkoppelen step, first: every feedback the partners gave on the signal's referrals, with its
 * date and organisation, and the way to complete a referral whose feedback the officer has read.
 */
@Component
class PartnerFeedbackSection implements SignalPageSection {

    private final ReferralFeedback feedback;

    PartnerFeedbackSection(ReferralFeedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public Slot slot() {
        return Slot.TOP;
    }

    @Override
    public RouteStep step() {
        return RouteStep.FEEDBACK;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String fragment() {
        return "routing/section :: partnerFeedback";
    }

    @Override
    public void populate(SchakelUser officer, SignalDetail signal, Model model) {
        model.addAttribute("partnerFeedback", feedback.forSignal(officer, signal.id()));
    }
}
