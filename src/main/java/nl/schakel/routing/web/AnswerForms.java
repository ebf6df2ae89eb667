package nl.schakel.routing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schakel.routing.PartnerReferrals.Answer;
import org.jspecify.annotations.Nullable;

/** The partner's answer forms: on the referral page (signed in) and through a secure link. */
final class AnswerForms {

    static final int MAX_TEXT = 5000;

    private AnswerForms() {
    }

    /** Declining a referral, with the reason. */
    public record DeclineForm(
            @NotBlank(message = "{routing.reason.required}") @Size(max = MAX_TEXT, message = "{routing.text.tooLong}")
            @Nullable String reason) {
    }

    /** Feedback on a referral the partner took up. */
    public record FeedbackForm(
            @NotBlank(message = "{routing.feedback.required}") @Size(max = MAX_TEXT, message = "{routing.text.tooLong}")
            @Nullable String feedback) {
    }

    /** The one answer a secure link allows: feedback, or a decline with its reason. */
    public record LinkAnswerForm(@NotNull(message = "{routing.link.answer.required}") @Nullable Answer answer,
            @Size(max = MAX_TEXT, message = "{routing.text.tooLong}") @Nullable String text) {
    }
}
