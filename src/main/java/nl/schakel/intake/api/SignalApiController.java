package nl.schakel.intake.api;

import java.time.Instant;
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
import jakarta.validation.constraints.NotNull;
import nl.schakel.access.ApiClient;
import nl.schakel.intake.Channel;
import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalId;
import nl.schakel.intake.SignalIntake;
import nl.schakel.intake.internal.SignalReader;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import org.jspecify.annotations.Nullable;
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

/**
 * Partner systems (Veilig Thuis, Meld Misdaad Anoniem, inspections) hand signals over through this API.
 * The signal goes the same way as one from the form: to the designated officers of the municipality.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Signals", description = "Hand signals of human trafficking over to the region")
class SignalApiController {

    private static final List<Channel> PARTNER_CHANNELS = List.of(Channel.PARTNER, Channel.VEILIG_THUIS,
            Channel.MELD_MISDAAD_ANONIEM, Channel.PHONE, Channel.INSPECTION, Channel.ONLINE_AD_MONITORING,
            Channel.KVK_RISK_REPORT);

    private final SignalIntake intake;
    private final SignalReader reader;
    private final Organisations organisations;
    private final MessageSource messages;

    SignalApiController(SignalIntake intake, SignalReader reader, Organisations organisations,
            MessageSource messages) {
        this.intake = intake;
        this.reader = reader;
        this.organisations = organisations;
        this.messages = messages;
    }

    /**
     * A signal handed over by a partner system.
     *
     * @param channel how the partner received it; one of PARTNER, VEILIG_THUIS, MELD_MISDAAD_ANONIEM, PHONE,
     *     INSPECTION, ONLINE_AD_MONITORING, KVK_RISK_REPORT
     * @param signal what the signal holds
     */
    record SignalRequest(@NotNull(message = "{api.channel.required}") @Nullable Channel channel,
            @NotNull(message = "{api.signal.required}") @Valid @Nullable SignalForm signal) {
    }

    record SignalCreated(UUID id, String reference, Instant receivedAt) {
    }

    record Municipality(UUID id, String name) {
    }

    @PostMapping(path = "/signals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_SIGNALS_WRITE')")
    @Operation(summary = "Hand over a signal",
            description = "Only `signal.description` (10–10,000 characters) and `signal.reporterType` are required. "
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
                    @ApiResponse(responseCode = "400", description = "Malformed JSON or invalid fields (problem+json with `errors`)",
                            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject("""
                                    {"type": "about:blank", "title": "Bad Request", "status": 400,
                                     "detail": "The signal is not valid.",
                                     "errors": [{"field": "signal.description", "message": "Briefly describe what you saw."}]}"""))),
                    @ApiResponse(responseCode = "401", description = "Missing, unknown, revoked or expired token"),
                    @ApiResponse(responseCode = "403", description = "The token lacks the SIGNALS_WRITE scope"),
                    @ApiResponse(responseCode = "413", description = "Body too large")})
    ResponseEntity<SignalCreated> create(@AuthenticationPrincipal ApiClient client,
            @Valid @RequestBody SignalRequest request) {
        if (!PARTNER_CHANNELS.contains(request.channel())) {
            throw new InvalidChannelException();
        }
        String partner = organisations.find(new OrganisationId(client.organisationId())).orElseThrow().name();
        SignalId id = intake.receiveFromPartner(client, partner, request.channel(), request.signal());
        var view = reader.byId(id).orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new SignalCreated(id.value(), view.reference(), view.receivedAt()));
    }

    @GetMapping("/municipalities")
    @PreAuthorize("hasAuthority('SCOPE_SIGNALS_WRITE')")
    @Operation(summary = "The region's municipalities, for `signal.municipalityId`")
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
    ResponseEntity<ProblemDetail> unreadable() {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not valid JSON for a signal, or a value has the wrong type."));
    }

    @ExceptionHandler(InvalidChannelException.class)
    ResponseEntity<ProblemDetail> channel() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The signal is not valid.");
        problem.setProperty("errors", List.of(Map.of("field", "channel", "message",
                "Use one of " + PARTNER_CHANNELS + ".")));
        return problem(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The channel is one the public form or internal form uses, not a partner's. */
    static class InvalidChannelException extends RuntimeException {
        InvalidChannelException() {
            super("channel not allowed for partners");
        }
    }
}
