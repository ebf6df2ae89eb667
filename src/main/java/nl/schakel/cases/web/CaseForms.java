package nl.schakel.cases.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Browser forms of the case pages that are no command of the services. */
final class CaseForms {

    private CaseForms() {
    }

    /** The answer to a handover: the proposed person accepts (true), or the lead's organisation withdraws (false). */
    record HandoverAnswer(@NotNull(message = "{cases.field.required}") @Nullable Boolean accept) {
    }

    /** "Naar overleg": the coming meeting to put the case on. */
    record ToMeeting(@NotNull(message = "{cases.meeting.required}") @Nullable UUID meeting) {
    }
}
