package nl.schakel.care.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.schakel.access.ApiClient;
import nl.schakel.care.Trajectories;
import nl.schakel.care.TrajectoryId;
import nl.schakel.care.TrajectoryNotFoundException;
import nl.schakel.care.TrajectoryRefusedException;
import nl.schakel.care.TrajectoryWork;
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
 * A care coordination organisation's partner system reads and starts the trajectories the organisation leads. Another
 * organisation's trajectory does not exist for it. POSTs honour an {@code Idempotency-Key}.
 */
@RestController
@RequestMapping(path = "/api/v1/trajectories", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('SCOPE_TRAJECTORIES')")
@Tag(name = "Trajectories", description = "Victim care trajectories led by the token's organisation")
class TrajectoryApiController {

    private final Trajectories trajectories;
    private final TrajectoryWork work;
    private final MessageSource messages;

    TrajectoryApiController(Trajectories trajectories, TrajectoryWork work, MessageSource messages) {
        this.trajectories = trajectories;
        this.work = work;
        this.messages = messages;
    }

    @GetMapping
    @Operation(operationId = "listTrajectories", summary = "The trajectories the token's organisation leads")
    List<TrajectoryV1.Summary> list(@AuthenticationPrincipal ApiClient client) {
        return trajectories.list(client).stream().map(TrajectoryV1.Summary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "readTrajectory", summary = "One trajectory the token's organisation leads",
            responses = {@ApiResponse(responseCode = "200", description = "The trajectory"),
                    @ApiResponse(responseCode = "404", description = "No such trajectory for this organisation")})
    TrajectoryV1 read(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        return TrajectoryV1.of(trajectories.view(client, new TrajectoryId(id)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "startTrajectory", summary = "Start a trajectory led by one of the organisation's coordinators",
            description = "Send an Idempotency-Key header to make a retry safe.",
            responses = {@ApiResponse(responseCode = "201", description = "Started; the trajectory"),
                    @ApiResponse(responseCode = "400", description = "Malformed JSON"),
                    @ApiResponse(responseCode = "422", description = "A field is missing or not allowed")})
    ResponseEntity<TrajectoryV1> start(@AuthenticationPrincipal ApiClient client,
            @RequestBody TrajectoryV1.New request) {
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new TrajectoryRefusedException(problems.get(0), "care.api.fieldInvalid");
        }
        TrajectoryId id = work.start(client, java.util.Objects.requireNonNull(request.leadUserId()),
                request.command());
        return ResponseEntity.status(HttpStatus.CREATED).body(TrajectoryV1.of(trajectories.view(client, id)));
    }

    @ExceptionHandler(TrajectoryNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such trajectory."));
    }

    @ExceptionHandler(TrajectoryRefusedException.class)
    ResponseEntity<ProblemDetail> refused(TrajectoryRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The trajectory is not valid.");
        problem.setProperty("errors", List.of(Map.of("field", e.field() == null ? "" : e.field(), "message",
                messages.getMessage(e.messageKey(), null, Locale.ENGLISH))));
        return problem(problem);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> unreadable() {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid."));
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
