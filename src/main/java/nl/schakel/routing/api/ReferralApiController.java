package nl.schakel.routing.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.schakel.access.ApiClient;
import nl.schakel.routing.PartnerReferrals;
import nl.schakel.routing.PartnerReferrals.Answer;
import nl.schakel.routing.PartnerReferrals.Partner;
import nl.schakel.routing.ReferralId;
import nl.schakel.routing.ReferralNotFoundException;
import nl.schakel.routing.ReferralRejectedException;
import nl.schakel.routing.ReferralTransitionRefusedException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Partner systems read and answer the referrals routed to their organisation. They see only the parts
 * the officer shared; another organisation's referral does not exist for them.
 */
@RestController
@RequestMapping(path = "/api/v1/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('SCOPE_REFERRALS')")
@Tag(name = "Referrals", description = "Signals routed to the token's organisation, and the answers to them")
class ReferralApiController {

    private final PartnerReferrals referrals;
    private final MessageSource messages;

    ReferralApiController(PartnerReferrals referrals, MessageSource messages) {
        this.referrals = referrals;
        this.messages = messages;
    }

    /** @param reason why the organisation declines (required, at most 5000 characters) */
    @Schema(name = "DeclineRequest")
    record DeclineRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 5000) @Nullable String reason) {
    }

    /** @param feedback what the organisation did with the signal (required, at most 5000 characters) */
    @Schema(name = "FeedbackRequest")
    record FeedbackRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 5000) @Nullable String feedback) {
    }

    @GetMapping
    @Operation(operationId = "listReferrals", summary = "The referrals to the token's organisation",
            description = "Open referrals first, then by due date. Holds no signal content; read one referral for that.")
    List<ReferralV1.Summary> list(@AuthenticationPrincipal ApiClient client) {
        return referrals.list(partner(client)).stream().map(ReferralV1.Summary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "readReferral", summary = "One referral with the parts the officer shared",
            description = "Parts not shared are absent. The weighing, the enrichment and the reporter's answers are as "
                    + "they were when the referral was sent. Never the reporter's identity.",
            responses = {@ApiResponse(responseCode = "200", description = "The referral"),
                    @ApiResponse(responseCode = "404", description = "No such referral for this organisation")})
    ReferralV1 read(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        return referrals.read(partner(client), new ReferralId(id)).map(ReferralV1::of)
                .orElseThrow(ReferralNotFoundException::new);
    }

    @PostMapping("/{id}/accept")
    @Operation(operationId = "acceptReferral", summary = "Accept a referral", responses = {
            @ApiResponse(responseCode = "200", description = "Accepted; the referral as it is now"),
            @ApiResponse(responseCode = "404", description = "No such referral for this organisation"),
            @ApiResponse(responseCode = "409", description = "The referral's state does not allow this")})
    ReferralV1 accept(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        return answer(client, id, Answer.ACCEPT, null);
    }

    @PostMapping(path = "/{id}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "declineReferral", summary = "Decline a referral, with a reason",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject("{\"reason\": \"Geen aanknopingspunten voor strafrechtelijk onderzoek.\"}"))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Declined; the referral as it is now"),
                    @ApiResponse(responseCode = "400", description = "Malformed JSON"),
                    @ApiResponse(responseCode = "404", description = "No such referral for this organisation"),
                    @ApiResponse(responseCode = "409", description = "The referral's state does not allow this"),
                    @ApiResponse(responseCode = "422", description = "The reason is missing or too long")})
    ReferralV1 decline(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id,
            @RequestBody DeclineRequest request) {
        return answer(client, id, Answer.DECLINE, request.reason());
    }

    @PostMapping(path = "/{id}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "giveReferralFeedback", summary = "Give feedback on an accepted referral",
            description = "Feedback may be given more than once, until the referral is completed; every feedback is "
                    + "kept in feedbackEntries.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject("{\"feedback\": \"Slachtoffer is in zorg genomen; aangifte volgt.\"}"))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Feedback recorded; the referral as it is now"),
                    @ApiResponse(responseCode = "400", description = "Malformed JSON"),
                    @ApiResponse(responseCode = "404", description = "No such referral for this organisation"),
                    @ApiResponse(responseCode = "409", description = "The referral's state does not allow this"),
                    @ApiResponse(responseCode = "422", description = "The feedback is missing or too long")})
    ReferralV1 feedback(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id,
            @RequestBody FeedbackRequest request) {
        return answer(client, id, Answer.FEEDBACK, request.feedback());
    }

    @PostMapping("/{id}/complete")
    @Operation(operationId = "completeReferral", summary = "Complete a referral after feedback was given",
            description = "A step of its own: afterwards no more feedback, and the shared parts are no longer shown. "
                    + "Completing twice is refused (409); retry with the same Idempotency-Key to get the first answer.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Completed; the referral as it is now"),
                    @ApiResponse(responseCode = "404", description = "No such referral for this organisation"),
                    @ApiResponse(responseCode = "409", description = "The referral's state does not allow this")})
    ReferralV1 complete(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        return answer(client, id, Answer.COMPLETE, null);
    }

    private ReferralV1 answer(ApiClient client, UUID id, Answer answer, @Nullable String text) {
        Partner partner = partner(client);
        referrals.answer(partner, new ReferralId(id), answer, text);
        return referrals.read(partner, new ReferralId(id)).map(ReferralV1::of)
                .orElseThrow(ReferralNotFoundException::new);
    }

    private static Partner partner(ApiClient client) {
        return Partner.of(client).orElseThrow(ReferralNotFoundException::new);
    }

    @ExceptionHandler(ReferralNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such referral."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badId() {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such referral."));
    }

    @ExceptionHandler(ReferralTransitionRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ReferralTransitionRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "A referral in state " + e.from() + " cannot become " + e.to() + ".");
        problem.setProperty("currentStatus", e.from().name());
        return problem(problem);
    }

    @ExceptionHandler(ReferralRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ReferralRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The answer is not valid.");
        problem.setProperty("errors", List.of(java.util.Map.of("field", e.field(), "message",
                messages.getMessage(e.messageKey(), null, java.util.Locale.ENGLISH))));
        return problem(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not valid JSON."));
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
