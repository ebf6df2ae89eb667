package nl.schakel.meetings.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.schakel.access.ApiClient;
import nl.schakel.meetings.MeetingActions;
import nl.schakel.meetings.MeetingNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner systems read the actions meetings gave to their organisation and mark them done. Another organisation's
 * action does not exist for them. POSTs honour {@code Idempotency-Key} (the API's filter), and done twice is done.
 */
@RestController
@RequestMapping(path = "/api/v1/actions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Actions", description = "Actions from meetings given to the token's organisation")
class ActionApiController {

    private final MeetingActions actions;

    ActionApiController(MeetingActions actions) {
        this.actions = actions;
    }

    @GetMapping
    @Operation(operationId = "listActions", summary = "The actions given to the token's organisation",
            description = "Open actions first, by due date.")
    List<ActionV1> list(@AuthenticationPrincipal ApiClient client) {
        return actions.forPartner(client).stream().map(row -> ActionV1.of(row, actions.overdue(row))).toList();
    }

    @PostMapping("/{id}/done")
    @Operation(operationId = "completeAction", summary = "Marks one of the organisation's actions done",
            responses = {@ApiResponse(responseCode = "200", description = "The action, done"),
                    @ApiResponse(responseCode = "404", description = "No such action for this organisation")})
    ActionV1 done(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        var row = actions.doneByPartner(client, id);
        return ActionV1.of(row, actions.overdue(row));
    }

    @ExceptionHandler(MeetingNotFoundException.class)
    ProblemDetail notFound() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such action for this organisation");
    }
}
