package nl.schakel.cases.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.schakel.access.ApiClient;
import nl.schakel.cases.CaseId;
import nl.schakel.cases.CaseNotFoundException;
import nl.schakel.cases.CasePlan;
import nl.schakel.cases.CaseView;
import nl.schakel.cases.CaseViewer;
import nl.schakel.cases.Cases;
import nl.schakel.cases.api.CaseV1.DecisionV1;
import nl.schakel.cases.api.CaseV1.InterventionV1;
import nl.schakel.cases.api.CaseV1.MilestoneV1;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Partner systems read the cases their organisation participates in, within its scopes; every other case does not
 * exist for them (404). Decided interventions come in the shape of a ZGW Besluit.
 */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('SCOPE_CASES')")
@Tag(name = "Cases", description = "The cases the token's organisation participates in, within its scopes")
class CaseApiController {

    private final Cases cases;
    private final CasePlan plan;

    CaseApiController(Cases cases, CasePlan plan) {
        this.cases = cases;
        this.plan = plan;
    }

    @GetMapping
    @Operation(operationId = "listCases", summary = "The cases the token's organisation participates in")
    List<CaseV1> list(@AuthenticationPrincipal ApiClient client) {
        return cases.list(CaseViewer.of(client)).stream().map(CaseV1::of).toList();
    }

    @GetMapping("/milestones")
    @Operation(operationId = "listCaseMilestones", summary = "The open milestones of those cases, overdue first")
    List<MilestoneV1> openMilestones(@AuthenticationPrincipal ApiClient client) {
        return plan.openMilestones(CaseViewer.of(client)).stream().map(MilestoneV1::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "readCase", summary = "One case, with the scopes the organisation holds",
            responses = {@ApiResponse(responseCode = "200", description = "The case"),
                    @ApiResponse(responseCode = "404", description = "No such case for this organisation")})
    CaseV1 read(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        return CaseV1.of(view(client, id));
    }

    @GetMapping("/{id}/milestones")
    @Operation(operationId = "listMilestonesOfCase", summary = "The milestone plan of one case")
    List<MilestoneV1> milestones(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        return plan.milestones(view(client, id)).stream().map(MilestoneV1::of).toList();
    }

    @GetMapping("/{id}/interventions")
    @Operation(operationId = "listInterventionsOfCase", summary = "The interventions in the organisation's scopes")
    List<InterventionV1> interventions(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        return plan.interventions(view(client, id)).stream().map(InterventionV1::of).toList();
    }

    @GetMapping("/{id}/interventions/{interventionId}")
    @Operation(operationId = "readInterventionOfCase", summary = "One intervention, when it is in the organisation's scopes",
            responses = {@ApiResponse(responseCode = "200", description = "The intervention"),
                    @ApiResponse(responseCode = "404", description = "No such intervention in the organisation's scopes")})
    InterventionV1 intervention(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id,
            @PathVariable UUID interventionId) {
        return plan.intervention(view(client, id), interventionId).map(InterventionV1::of)
                .orElseThrow(CaseNotFoundException::new);
    }

    @GetMapping("/{id}/decisions")
    @Operation(operationId = "listDecisionsOfCase",
            summary = "Decided interventions in the shape of a ZGW Besluit, within the organisation's scopes")
    List<DecisionV1> decisions(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        CaseView view = view(client, id);
        return DecisionV1.of(view.reference(), plan.interventions(view));
    }

    @ExceptionHandler({CaseNotFoundException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail notFound() {
        return ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    }

    private CaseView view(ApiClient client, UUID id) {
        return cases.read(CaseViewer.of(client), new CaseId(id));
    }
}
