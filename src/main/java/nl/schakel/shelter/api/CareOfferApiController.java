package nl.schakel.shelter.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.schakel.access.ApiClient;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.shelter.CapacityBoard;
import nl.schakel.shelter.CareOffer;
import nl.schakel.shelter.CareService;
import nl.schakel.shelter.Hsds;
import nl.schakel.shelter.UnknownServiceException;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The region's care offer (Open Referral HSDS) and shelter capacity for partner systems; a provider's system reports
 * the places of its own services. Never a shelter's address.
 */
@RestController
@PreAuthorize("hasAuthority('SCOPE_CARE_OFFER')")
@Tag(name = "Care offer", description = "The region's care offer and shelter places")
class CareOfferApiController {

    private final CareOffer offer;
    private final CapacityBoard board;
    private final Organisations organisations;

    CareOfferApiController(CareOffer offer, CapacityBoard board, Organisations organisations) {
        this.offer = offer;
        this.board = board;
        this.organisations = organisations;
    }

    @GetMapping(path = "/api/v1/services", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listServices", summary = "The region's care offer as Open Referral HSDS organizations",
            description = "organization → services → service_capacity; no locations or addresses.")
    List<Hsds.Organization> services(@AuthenticationPrincipal ApiClient client) {
        List<CareService> services = offer.inRegion(region(client));
        return Hsds.of(services, board.figures(services.stream().map(CareService::id).toList()));
    }

    @GetMapping(path = "/api/v1/capacity", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listCapacity", summary = "The places of every shelter in the region")
    List<CapacityV1> capacity(@AuthenticationPrincipal ApiClient client) {
        return board.lines(offer.inRegion(region(client))).stream().map(CapacityV1::of).toList();
    }

    @PostMapping(path = "/api/v1/capacity/{serviceId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "reportCapacity", summary = "Report the places of one of the organisation's own services",
            description = "Honours Idempotency-Key.", responses = {
                    @ApiResponse(responseCode = "200", description = "Reported; the figures as they are now"),
                    @ApiResponse(responseCode = "400", description = "Malformed JSON"),
                    @ApiResponse(responseCode = "404", description = "Not a service of this organisation"),
                    @ApiResponse(responseCode = "422", description = "A figure is missing or out of range")})
    ResponseEntity<?> report(@AuthenticationPrincipal ApiClient client, @PathVariable UUID serviceId,
            @Valid @RequestBody CapacityV1.Report report) {
        UUID region = region(client);
        CareService service = offer.inRegion(region).stream().filter(s -> s.id().equals(serviceId)
                && s.providerOrganisationId().equals(client.organisationId()) && s.kind().isPlacement())
                .findFirst().orElseThrow(UnknownServiceException::new);
        if (!report.consistent()) {
            return problem(ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    "There cannot be more free places than places in total."));
        }
        board.reportAsProvider(service.id(), report.update(), null);
        return ResponseEntity.ok(board.lines(List.of(service)).stream().map(CapacityV1::of).findFirst().orElseThrow());
    }

    private UUID region(ApiClient client) {
        return organisations.find(new OrganisationId(client.organisationId()))
                .orElseThrow(UnknownServiceException::new).regionId().value();
    }

    @ExceptionHandler({UnknownServiceException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> notFound() {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such service."));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid() {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "A figure is missing or out of range."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not valid JSON."));
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
