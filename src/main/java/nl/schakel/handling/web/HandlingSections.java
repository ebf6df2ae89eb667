package nl.schakel.handling.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.handling.ClassificationLevel;
import nl.schakel.handling.ClosingOutcome;
import nl.schakel.handling.EnrichmentSource;
import nl.schakel.handling.FeedbackTemplate;
import nl.schakel.handling.HandlingOverview;
import nl.schakel.meetings.ItemKind;
import nl.schakel.meetings.MeetingCalendar;
import nl.schakel.meetings.MeetingSummary;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalPageSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The handling parts of the signal page: what to do next (top) and what was recorded (bottom). */
final class HandlingSections {

    private HandlingSections() {
    }

    @Component
    static class Work implements SignalPageSection {

        private final HandlingOverview handling;
        private final MeetingCalendar meetings;
        private final MessageSource messages;

        Work(HandlingOverview handling, MeetingCalendar meetings, MessageSource messages) {
            this.handling = handling;
            this.meetings = meetings;
            this.messages = messages;
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

        private Map<UUID, String> coming(SchakelUser officer) {
            Map<UUID, String> options = new LinkedHashMap<>();
            DateTimeFormatter format = DateTimeFormatter.ofPattern("dd-MM-yyyy");
            for (MeetingSummary meeting : meetings.upcoming(officer, ItemKind.SIGNAL)) {
                options.put(meeting.id(), messages.getMessage("handling.meeting." + meeting.type().name(), null,
                        LocaleContextHolder.getLocale()) + " – " + meeting.heldOn().format(format));
            }
            return options;
        }

        @Override
        public void populate(SchakelUser officer, SignalDetail signal, Model model) {
            var view = handling.view(officer, signal);
            model.addAttribute("handling", view);
            HandlingForms.addEmpty(model, view.proposal().level());
            model.addAttribute("levels", ClassificationLevel.values());
            model.addAttribute("templates", FeedbackTemplate.values());
            model.addAttribute("outcomes", ClosingOutcome.values());
            model.addAttribute("sources", EnrichmentSource.values());
            model.addAttribute("meetings", coming(officer));
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
