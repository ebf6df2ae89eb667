package nl.schakel.meetings.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.forms.FormErrors;
import nl.schakel.meetings.Agendas;
import nl.schakel.meetings.ItemKind;
import nl.schakel.meetings.MeetingCalendar;
import nl.schakel.meetings.MeetingNotFoundException;
import nl.schakel.meetings.MeetingRefusedException;
import nl.schakel.meetings.MeetingSummary;
import nl.schakel.meetings.web.MeetingForms.SignalToMeetingForm;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalPage;
import nl.schakel.signal.SignalPageSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Naar overleg" on the signal page: the officer puts the signal on a coming meeting of one of their series. */
final class SignalToMeeting {

    private SignalToMeeting() {
    }

    @Component
    static class Section implements SignalPageSection {

        private final MeetingCalendar calendar;
        private final MessageSource messages;

        Section(MeetingCalendar calendar, MessageSource messages) {
            this.calendar = calendar;
            this.messages = messages;
        }

        @Override
        public Slot slot() {
            return Slot.TOP;
        }

        @Override
        public int order() {
            return 40;
        }

        @Override
        public String fragment() {
            return "meetings/section :: toMeeting";
        }

        @Override
        public void populate(SchakelUser officer, SignalDetail signal, Model model) {
            Map<UUID, String> options = new LinkedHashMap<>();
            DateTimeFormatter format = DateTimeFormatter.ofPattern("dd-MM-yyyy");
            for (MeetingSummary meeting : calendar.upcoming(officer, ItemKind.SIGNAL)) {
                options.put(meeting.id(), messages.getMessage("meetings.type." + meeting.type().name(), null,
                        LocaleContextHolder.getLocale()) + " – " + meeting.heldOn().format(format));
            }
            model.addAttribute("toMeetingOptions", options);
            if (!model.containsAttribute("toMeetingForm")) {
                model.addAttribute("toMeetingForm", new SignalToMeetingForm(null));
            }
        }
    }

    @Controller
    @PreAuthorize("hasRole('DESIGNATED_OFFICER')")
    static class Handler {

        private final Agendas agendas;
        private final SignalPage page;

        Handler(Agendas agendas, SignalPage page) {
            this.agendas = agendas;
            this.page = page;
        }

        @PostMapping("/signalen/{id}/naar-overleg")
        String add(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
                @Valid @ModelAttribute("toMeetingForm") SignalToMeetingForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
            if (!errors.hasErrors()) {
                try {
                    agendas.addSignal(officer, form.meeting(), new SignalId(id));
                    redirect.addFlashAttribute("notice", "meetings.signal.added");
                    return "redirect:/signalen/" + id;
                } catch (MeetingRefusedException refused) {
                    FormErrors.refuse(errors, "meeting", refused.messageKey());
                } catch (MeetingNotFoundException unknown) {
                    FormErrors.refuse(errors, "meeting", "meetings.problem.meeting");
                }
            }
            return page.show(officer, new SignalId(id), model);
        }
    }
}
