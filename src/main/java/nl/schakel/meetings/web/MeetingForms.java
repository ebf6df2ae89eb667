package nl.schakel.meetings.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schakel.meetings.DecisionKind;
import nl.schakel.meetings.ItemKind;
import nl.schakel.meetings.MeetingStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;

/** The command records of the meeting pages' forms (decision 0019). */
final class MeetingForms {

    private MeetingForms() {
    }

    /** Empty forms for a page that shows them all; a form sent with problems replaces its own. */
    static void addEmpty(Model model) {
        model.addAttribute("itemForm", new ItemForm(null, null));
        model.addAttribute("decisionForm", new DecisionForm(null, null));
        model.addAttribute("actionForm", new ActionForm(null, null, null, null));
        model.addAttribute("statusForm", new StatusForm(null));
        model.addAttribute("attendanceForm", new AttendanceForm(null));
    }

    /** A trend pack or theme for the agenda. */
    record ItemForm(@NotNull(message = "{meetings.problem.kind}") @Nullable ItemKind kind,
            @NotBlank(message = "{meetings.problem.title}") @Size(max = 200, message = "{meetings.problem.titleLength}")
            @Nullable String title) {
    }

    /** The one decision on an item; a partner for routing. */
    record DecisionForm(@NotNull(message = "{meetings.problem.decision}") @Nullable DecisionKind decision,
            @Nullable UUID partner) {
    }

    /** An action with its owner and due date, on an item or on the meeting as a whole. */
    record ActionForm(
            @NotBlank(message = "{meetings.problem.description}") @Size(max = 2000,
                    message = "{meetings.problem.descriptionLength}") @Nullable String description,
            @NotNull(message = "{meetings.problem.owner}") @Nullable UUID owner,
            @NotNull(message = "{meetings.problem.dueOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable LocalDate dueOn,
            @Nullable UUID item) {

        /** A due date within ten years of today; anything else is a typing error (and out of PostgreSQL's range). */
        @AssertTrue(message = "{meetings.problem.dueOn}")
        boolean isDueOnNear() {
            return dueOn == null || Math.abs(dueOn.getYear() - LocalDate.now().getYear()) <= 10;
        }
    }

    /** A move of the meeting (the button's value). */
    record StatusForm(@NotNull(message = "{meetings.problem.status}") @Nullable MeetingStatus to) {
    }

    /** The member organisations present. */
    record AttendanceForm(@Nullable List<UUID> present) {
    }

    /** Marking one's own action done (the button's value). */
    record DoneForm(@AssertTrue(message = "{meetings.problem.done}") boolean done) {
    }
}
