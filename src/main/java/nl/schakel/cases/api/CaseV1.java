package nl.schakel.cases.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import nl.schakel.cases.CaseEnums.EscalationLevel;
import nl.schakel.cases.CaseParts.Intervention;
import nl.schakel.cases.CaseParts.Milestone;
import nl.schakel.cases.CaseScope;
import nl.schakel.cases.CaseStatus;
import nl.schakel.cases.CaseView;
import nl.schakel.cases.InterventionStatus;
import nl.schakel.cases.MilestoneStatus;
import org.jspecify.annotations.Nullable;

/**
 * A case as the partner API shows it, version 1: the API's own records, so the domain can change without changing
 * the API. Only what the token's organisation's scopes cover.
 */
@Schema(name = "Case")
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseV1(@Schema(requiredMode = RequiredMode.REQUIRED) UUID id,
        @Schema(requiredMode = RequiredMode.REQUIRED) String reference,
        @Schema(requiredMode = RequiredMode.REQUIRED) String title,
        @Schema(requiredMode = RequiredMode.REQUIRED) CaseStatus status,
        @Schema(requiredMode = RequiredMode.REQUIRED) EscalationLevel escalationLevel,
        @Schema(requiredMode = RequiredMode.REQUIRED) String leadOrganisationName,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "The parts the organisation sees")
        Set<CaseScope> scopes) {

    static CaseV1 of(CaseView c) {
        return new CaseV1(c.id().value(), c.reference(), c.title(), c.status(), c.escalationLevel(),
                c.lead().organisationName(), c.scopes());
    }

    @Schema(name = "CaseMilestone")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MilestoneV1(@Schema(requiredMode = RequiredMode.REQUIRED) UUID id,
            @Schema(requiredMode = RequiredMode.REQUIRED) UUID caseId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String title,
            @Schema(requiredMode = RequiredMode.REQUIRED) String ownerOrganisationName,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate dueOn,
            @Schema(requiredMode = RequiredMode.REQUIRED) MilestoneStatus status,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean overdue) {

        static MilestoneV1 of(Milestone m) {
            return new MilestoneV1(m.id(), m.caseId().value(), m.title(), m.owner().organisationName(), m.dueOn(),
                    m.status(), m.overdue());
        }
    }

    @Schema(name = "CaseIntervention")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InterventionV1(@Schema(requiredMode = RequiredMode.REQUIRED) UUID id,
            @Schema(requiredMode = RequiredMode.REQUIRED) String type,
            @Schema(requiredMode = RequiredMode.REQUIRED) int catalogueVersion,
            @Schema(requiredMode = RequiredMode.REQUIRED) String legalArticle,
            @Schema(requiredMode = RequiredMode.REQUIRED) CaseScope scope,
            @Schema(requiredMode = RequiredMode.REQUIRED) InterventionStatus status,
            @Schema(requiredMode = RequiredMode.REQUIRED) String executingOrganisationName,
            @Schema(requiredMode = RequiredMode.REQUIRED) String decisionMaker,
            @Nullable LocalDate decidedOn, @Nullable LocalDate effectiveOn, @Nullable LocalDate graceEndsOn,
            @Nullable Long amountCents, @Schema(requiredMode = RequiredMode.REQUIRED) boolean objectionPending) {

        static InterventionV1 of(Intervention i) {
            return new InterventionV1(i.id(), i.typeCode(), i.typeVersion(), i.legalArticle(), i.scope(), i.status(),
                    i.executingOrganisationName(), i.decisionMaker(), i.decidedOn(), i.effectiveOn(),
                    i.graceEndsOn(), i.amountCents(), i.objectionPending());
        }
    }

    /**
     * A decided intervention in the shape of a ZGW Besluit (Besluiten API), so municipal case systems can take it
     * over. {@code vervalreden} uses the ZGW values: {@code tijdelijk}, {@code ingetrokken_overheid}.
     */
    @Schema(name = "CaseDecision", description = "A decided intervention in the shape of a ZGW Besluit")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DecisionV1(@Schema(requiredMode = RequiredMode.REQUIRED) String identificatie,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate datum,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate ingangsdatum,
            @Nullable LocalDate vervaldatum,
            @Nullable String vervalreden,
            @Schema(requiredMode = RequiredMode.REQUIRED) String toelichting) {

        static List<DecisionV1> of(String caseReference, List<Intervention> interventions) {
            return interventions.stream().filter(i -> i.decidedOn() != null).map(i -> of(caseReference, i)).toList();
        }

        private static DecisionV1 of(String caseReference, Intervention i) {
            LocalDate decided = java.util.Objects.requireNonNull(i.decidedOn());
            String reason = switch (i.status()) {
                case WITHDRAWN -> "ingetrokken_overheid";
                case COMPLIED, ENFORCED, ENDED -> "tijdelijk";
                default -> null;
            };
            String explanation = i.typeCode() + " (" + i.legalArticle() + ")"
                    + (i.explanation() == null ? "" : ": " + i.explanation());
            return new DecisionV1(caseReference + "-" + i.id().toString().substring(0, 8), decided,
                    i.effectiveOn() == null ? decided : i.effectiveOn(), reason == null ? null : i.endedOn(), reason,
                    explanation);
        }
    }
}
