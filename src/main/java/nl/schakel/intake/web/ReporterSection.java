package nl.schakel.intake.web;

import nl.schakel.access.SchakelUser;
import nl.schakel.intake.internal.Conversation;
import nl.schakel.intake.internal.FollowUps;
import nl.schakel.sealing.DataKeys;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalPageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Intake's part of the officer's signal page: whether who reported is sealed with it, and the conversation. */
@Component
class ReporterSection implements SignalPageSection {

    private final FollowUps followUps;
    private final Conversation conversation;
    private final DataKeys keys;

    ReporterSection(FollowUps followUps, Conversation conversation, DataKeys keys) {
        this.followUps = followUps;
        this.conversation = conversation;
        this.keys = keys;
    }

    @Override
    public Slot slot() {
        return Slot.ASIDE;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String fragment() {
        return "intake/officer :: reporter";
    }

    @Override
    public void populate(SchakelUser officer, SignalDetail signal, Model model) {
        model.addAttribute("identitySealed", followUps.identitySealed(signal.id()));
        // Retention destroyed the signal's data key (and the reporter's identity with it): "vernietigd".
        model.addAttribute("reporterDestroyed", keys.destroyed(signal.id().value()));
        model.addAttribute("messages", conversation.messages(signal.id()));
        if (!model.containsAttribute("messageForm")) {
            model.addAttribute("messageForm", new ReplyForms.MessageForm(null));
        }
        if (!model.containsAttribute("revealForm")) {
            model.addAttribute("revealForm", new ReplyForms.RevealForm(null));
        }
    }
}
