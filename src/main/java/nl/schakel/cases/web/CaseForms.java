package nl.schakel.cases.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Browser forms of the case pages that are no command of the services. */
final class CaseForms {

    private CaseForms() {
    }

    /** The answer to a handover: the proposed person accepts (true), or the lead's organisation withdraws (false). */
    record HandoverAnswer(@NotNull(message = "{cases.field.required}") @Nullable Boolean accept) {
    }
}
