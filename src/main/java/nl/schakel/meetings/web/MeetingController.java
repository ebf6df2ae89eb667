package nl.schakel.meetings.web;

import java.time.Clock;
import java.util.HashSet;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.forms.FormErrors;
import nl.schakel.meetings.Agendas;
import nl.schakel.meetings.MeetingCalendar;
import nl.schakel.meetings.MeetingRefusedException;
import nl.schakel.meetings.MeetingSummary;
import nl.schakel.meetings.MeetingTransitionRefusedException;
import nl.schakel.meetings.web.MeetingForms.AttendanceForm;
import nl.schakel.meetings.web.MeetingForms.ItemForm;
import nl.schakel.meetings.web.MeetingForms.StatusForm;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meeting calendar ({@code /overleggen}), a meeting's page with the agenda builder ({@code /overleggen/{id}}), its
 * moves and attendance, and its invitation as iCalendar. Who may see a meeting is decided in SQL by membership.
 */
@Controller
class MeetingController {

    private final MeetingCalendar calendar;
    private final Agendas agendas;
    private final MeetingPage page;
    private final MessageSource messages;
    private final Clock clock;

    MeetingController(MeetingCalendar calendar, Agendas agendas, MeetingPage page, MessageSource messages,
            Clock clock) {
        this.calendar = calendar;
        this.agendas = agendas;
        this.page = page;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/overleggen")
    String calendar(@AuthenticationPrincipal SchakelUser user, Model model) {
        model.addAttribute("meetings", calendar.calendar(user));
        return "meetings/calendar";
    }

    @GetMapping("/overleggen/{id}")
    String meeting(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model) {
        return page.show(user, id, model);
    }

    /** The invitation: kind and date only, never the agenda (no personal data in calendars). */
    @GetMapping("/overleggen/{id}/uitnodiging.ics")
    ResponseEntity<String> invitation(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id) {
        MeetingSummary meeting = calendar.meeting(user, id);
        String title = messages.getMessage("meetings.type." + meeting.type().name(), null,
                LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"overleg.ics\"")
                .body(MeetingInvitation.ics(meeting, title, clock.instant()));
    }

    @PostMapping("/overleggen/{id}/punten")
    String addItem(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("itemForm") ItemForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                agendas.addTitled(user, id, form.kind(), form.title().strip());
                redirect.addFlashAttribute("notice", "meetings.item.added");
                return "redirect:/overleggen/" + id;
            } catch (MeetingRefusedException refused) {
                FormErrors.refuse(errors, "kind", refused.messageKey());
            }
        }
        return page.again(user, id, model, "itemForm", form, errors);
    }

    @PostMapping("/overleggen/{id}/status")
    String move(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("statusForm") StatusForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                agendas.move(user, id, form.to());
                redirect.addFlashAttribute("notice", "meetings.status.moved");
                return "redirect:/overleggen/" + id;
            } catch (MeetingTransitionRefusedException refused) {
                FormErrors.refuse(errors, null, "meetings.refused.move");
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        return page.again(user, id, model, "statusForm", form, errors);
    }

    @PostMapping("/overleggen/{id}/aanwezigheid")
    String attendance(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("attendanceForm") AttendanceForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page.again(user, id, model, "attendanceForm", form, errors);
        }
        agendas.recordAttendance(user, id, form.present() == null ? new HashSet<>() : new HashSet<>(form.present()));
        redirect.addFlashAttribute("notice", "meetings.attendance.recorded");
        return "redirect:/overleggen/" + id;
    }

    /** The page again with the sent form (and its errors) in place of the empty one. */}
