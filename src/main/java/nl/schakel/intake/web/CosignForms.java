package nl.schakel.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Route step 1 (decision 0034): the manager's question when sending a signal back, and the reporter's answer. */
final class CosignForms {

    static final int MAX_TEXT = 2000;

    private CosignForms() {
    }

    /** The manager sends the signal back to its reporter with this question. */
    public record QuestionForm(@NotBlank(message = "{cosign.question.required}")
            @Size(max = MAX_TEXT, message = "{cosign.question.tooLong}") @Nullable String question) {

        static QuestionForm empty() {
            return new QuestionForm(null);
        }
    }

    /** The reporter's answer; the signal then waits for the manager again. */
    public record AnswerForm(@NotBlank(message = "{cosign.answer.required}")
            @Size(max = MAX_TEXT, message = "{cosign.answer.tooLong}") @Nullable String answer) {

        static AnswerForm empty() {
            return new AnswerForm(null);
        }
    }
}
