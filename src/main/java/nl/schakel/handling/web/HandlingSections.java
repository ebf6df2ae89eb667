package nl.schakel.handling.web;

import nl.schakel.access.SchakelUser;
import nl.schakel.handling.ClassificationLevel;
import nl.schakel.handling.ClosingOutcome;
import nl.schakel.handling.EnrichmentSource;
import nl.schakel.handling.FeedbackTemplate;
import nl.schakel.handling.Meeting;
import nl.schakel.handling.SignalHandling;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalPageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The handling parts of the signal page: what to do next (top) and what was recorded (bottom). */
final class HandlingSections {

    private HandlingSections() {
    }

    @Component
    static class Work implements SignalPageSection {

        private final SignalHandling handling;

        Work(SignalHandling handling) {
            this.handling = handling;
        }

        @Override
        public Slot slot() {
            return Slot.TOP;
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public String fragment() {
            return "handling/sections :: work";
        }

        @Override
        public void populate(SchakelUser officer, SignalDetail signal, Model model) {
            model.addAttribute("handling", handling.view(officer, signal));
            model.addAttribute("levels", ClassificationLevel.values());
            model.addAttribute("templates", FeedbackTemplate.values());
            model.addAttribute("outcomes", ClosingOutcome.values());
            model.addAttribute("sources", EnrichmentSource.values());
            model.addAttribute("meetings", Meeting.values());
        }
    }

    @Component
    static class Record implements SignalPageSection {

        @Override
        public Slot slot() {
            return Slot.BOTTOM;
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public String fragment() {
            return "handling/sections :: record";
        }

        @Override
        public void populate(SchakelUser officer, SignalDetail signal, Model model) {
            // The top section already put the handling view in the model.
        }
    }
}
