package nl.schakel.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The conversation with the reporter: the reporter's answers (signed in, "Mijn signalen", and with the receipt code)
 * and the officer's forms on the signal page (a message, revealing who reported).
 */
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

        /** The receipt code opens the signal: never in logs. */
        @Override
        public String toString() {
            return "FollowUpForm[code=…, reply=…]";
        }
    }

    /** The officer's message to the reporter. */
    public record MessageForm(@NotBlank(message = "{signal.message.required}")
            @Size(max = MAX_REPLY, message = "{signal.message.tooLong}") @Nullable String body) {
    }

    /** Why the officer unseals who reported; recorded with the reveal. */
    public record RevealForm(@NotBlank(message = "{signal.reveal.reasonRequired}")
            @Size(max = 500, message = "{signal.reveal.reasonTooLong}") @Nullable String reason) {
    }
}
