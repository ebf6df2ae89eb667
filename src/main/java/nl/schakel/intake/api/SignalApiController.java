package nl.schakel.intake.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.schakel.access.ApiClient;
import nl.schakel.intake.SignalIntake;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalSummary;
import nl.schakel.signal.Signals;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Partner systems (Veilig Thuis, Meld Misdaad Anoniem, inspections) hand signals over through this API.
 * The signal goes the same way as one from the form: to the designated officers of the municipality.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Signals", description = "Hand signals of human trafficking over to the region")
class SignalApiController {

    private final SignalIntake intake;
    private final Signals signals;
    private final Organisations organisations;
    private final MessageSource messages;

    SignalApiController(SignalIntake intake, Signals signals, Organisations organisations,
            MessageSource messages) {
        this.intake = intake;
        this.signals = signals;
        this.organisations = organisations;
        this.messages = messages;
    }

    /** The answer to a signal handed over: its id, and the reference its officers know it by. */
    @Schema(name = "SignalCreated")
    record SignalCreated(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reference,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant receivedAt) {
    }

    @Schema(name = "Municipality")
    record Municipality(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name) {
    }

    @PostMapping(path = "/signals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_SIGNALS_WRITE')")
    @Operation(operationId = "createSignal", summary = "Hand over a signal",
            description = "Only `channel`, `signal` and `signal.description` (10–10,000 characters) are required. "
                    + "Unknown indicator or exploitation-form codes are ignored. Without `signal.municipalityId` the "
                    + "region's fallback municipality receives the signal.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Veilig Thuis", value = """
                            {"channel": "VEILIG_THUIS",
                             "signal": {"description": "Buurvrouw ziet dagelijks een busje met 8 mannen die om 5 uur vertrekken en om 22 uur terugkomen.",
                                        "reporterType": "OTHER", "acute": false,
                                        "persons": [{"name": "Ion", "age": 34, "role": "POSSIBLE_VICTIM"}],
                                        "addresses": [{"street": "Voorbeeldstraat", "houseNumber": "12", "postcode": "3511 AB", "city": "Utrecht"}],
                                        "exploitationForms": ["LABOUR"]}}"""))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Received; the signal's id and reference"),
                    @ApiResponse(responseCode = "400", description = "Malformed JSON or invalid fields (with `errors`)",
                            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject("""
                                    {"type": "about:blank", "title": "Bad Request", "status": 400,
                                     "detail": "The signal is not valid.", "instance": "/api/v1/signals",
                                     "errors": [{"field": "signal.description", "message": "Briefly describe what you saw."}]}""")))})
    ResponseEntity<SignalCreated> create(@AuthenticationPrincipal ApiClient client,
            @Valid @RequestBody SignalSubmissionV1 request) {
        String partner = organisations.find(new OrganisationId(client.organisationId())).orElseThrow().name();
        SignalId id = intake.receiveFromPartner(client, partner, request.channel().channel(),
                request.signal().toForm());
        SignalSummary view = signals.summaries(List.of(id)).get(0);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new SignalCreated(id.value(), view.reference(), view.receivedAt()));
    }

    @GetMapping("/municipalities")
    @PreAuthorize("hasAuthority('SCOPE_SIGNALS_WRITE')")
    @Operation(operationId = "listMunicipalities", summary = "The region's municipalities, for `signal.municipalityId`")
    List<Municipality> municipalities() {
        return intake.municipalities().stream().map(m -> new Municipality(m.id().value(), m.name())).toList();
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The signal is not valid.");
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message",
                        messages.getMessage(error, Locale.ENGLISH)))
                .toList());
        return problem(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getMostSpecificCause() instanceof MismatchedInputException mismatch
                && mismatch.getTargetType() == PartnerChannel.class) {
            // A channel of the public or internal form, or none we know: say which ones a partner may use.
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The signal is not valid.");
            problem.setProperty("errors", List.of(Map.of("field", "channel", "message",
                    "Use one of " + Arrays.toString(PartnerChannel.values()) + ".")));
            return problem(problem);
        }
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not valid JSON for a signal, or a value has the wrong type."));
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
