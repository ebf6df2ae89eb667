package nl.schakel.handling.web;

import nl.schakel.access.SchakelUser;
import nl.schakel.handling.ClassificationLevel;
import nl.schakel.handling.ClosingOutcome;
import nl.schakel.handling.EnrichmentSource;
import nl.schakel.handling.FeedbackTemplate;
import nl.schakel.handling.HandlingOverview;
import nl.schakel.signal.RouteStep;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalPageSection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The handling parts of the signal page, each in its step of the route (decision 0026): enrichment, weighing (the
 * classification, also in the page's summary), feedback to the reporter and closing; consultations, notes and the
 * timeline below the steps. The first section that runs puts the handling view in the model for all of them.
 */
final class HandlingSections {

    private HandlingSections() {
    }

    /** One handling part of the page; {@code step} null means below the steps. */
    abstract static class Part implements SignalPageSection {

        private final HandlingOverview handling;
        private final MeetingOptions meetings;
        private final @Nullable RouteStep step;
        private final String fragment;
        private final int order;

        Part(HandlingOverview handling, MeetingOptions meetings, @Nullable RouteStep step, String fragment,
                int order) {
            this.handling = handling;
            this.meetings = meetings;
            this.step = step;
            this.fragment = fragment;
            this.order = order;
        }

        @Override
        public Slot slot() {
            return Slot.BOTTOM;
        }

        @Override
        public @Nullable RouteStep step() {
            return step;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public String fragment() {
            return "handling/sections :: " + fragment;
        }

        @Override
        public void populate(SchakelUser officer, SignalDetail signal, Model model) {
            if (model.containsAttribute("handling")) {
                return;
            }
            var view = handling.view(officer, signal);
            model.addAttribute("handling", view);
            HandlingForms.addEmpty(model, view.proposal().level());
            model.addAttribute("levels", ClassificationLevel.values());
            model.addAttribute("templates", FeedbackTemplate.values());
            model.addAttribute("outcomes", ClosingOutcome.values());
            model.addAttribute("sources", EnrichmentSource.values());
            model.addAttribute("meetings", meetings.coming(officer));
        }
    }

    @Component
    static class Enrich extends Part {
        Enrich(HandlingOverview handling, MeetingOptions meetings) {
            super(handling, meetings, RouteStep.ENRICH, "enrich", 10);
        }
    }

    @Component
    static class Weigh extends Part {
        Weigh(HandlingOverview handling, MeetingOptions meetings) {
            super(handling, meetings, RouteStep.WEIGH, "weigh", 10);
        }

        @Override
        public String summaryFragment() {
            return "handling/sections :: summaryItem";
        }
    }

    @Component
    static class Feedback extends Part {
        Feedback(HandlingOverview handling, MeetingOptions meetings) {
            super(handling, meetings, RouteStep.FEEDBACK, "feedback", 10);
        }
    }

    @Component
    static class Close extends Part {
        Close(HandlingOverview handling, MeetingOptions meetings) {
            super(handling, meetings, RouteStep.CLOSE, "close", 10);
        }
    }

    @Component
    static class Record extends Part {
        Record(HandlingOverview handling, MeetingOptions meetings) {
            super(handling, meetings, null, "record", 10);
        }
    }
}
