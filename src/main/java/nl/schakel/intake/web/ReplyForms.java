package nl.schakel.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The reporter's answers in the conversation: signed in ("Mijn signalen") and with the receipt code. */
final class ReplyForms {

    static final int MAX_REPLY = 5000;

    private ReplyForms() {
    }

    /** A signed-in reporter's answer. */
    public record ReplyForm(@NotBlank(message = "{followUp.reply.required}")
            @Size(max = MAX_REPLY, message = "{followUp.reply.tooLong}") @Nullable String reply) {

        static ReplyForm empty() {
            return new ReplyForm(null);
        }
    }

    /**
     * The follow-up page's form: the receipt code, and an answer when one is sent (no answer: only look the signal
     * up). The code is checked by the service, counted against the throttle, never by a rule here.
     */
    public record FollowUpForm(@Nullable String code,
            @Pattern(regexp = "(?s).*\\S.*", message = "{followUp.reply.required}")
            @Size(max = MAX_REPLY, message = "{followUp.reply.tooLong}") @Nullable String reply) {

        String codeOrEmpty() {
            return code == null ? "" : code;
        }
    }
}
