package nl.schakel.cases;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.schakel.cases.CaseEnums.LogKind;
import nl.schakel.cases.CaseEnums.ParticipantRole;
import nl.schakel.cases.CaseView.Person;
import org.jspecify.annotations.Nullable;

/** The parts of a case page: participants, milestones, interventions, log entries and catalogue types. */
public final class CaseParts {

    private CaseParts() {
    }

    public record Participant(UUID id, Person who, ParticipantRole role, Set<CaseScope> scopes, String legalBasis,
            LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    public record Milestone(UUID id, CaseId caseId, String caseReference, String title, Person owner, LocalDate dueOn,
            MilestoneStatus status, boolean overdue) {
    }

    public record Intervention(UUID id, CaseId caseId, String typeCode, int typeVersion, String legalArticle,
            CaseScope scope, InterventionStatus status, UUID executingOrganisationId, String executingOrganisationName,
            String decisionMaker, @Nullable LocalDate decidedOn, @Nullable LocalDate effectiveOn,
            @Nullable LocalDate endedOn, @Nullable Integer graceDays, @Nullable Long amountCents, @Nullable String endReason,
            boolean objectionPending, @Nullable String explanation) {

        /** The end of the begunstigingstermijn, counted from the decision. */
        public @Nullable LocalDate graceEndsOn() {
            return decidedOn == null || graceDays == null ? null : decidedOn.plusDays(graceDays);
        }
    }

    public record LogEntry(UUID id, java.time.Instant occurredAt, LogKind kind, CaseScope scope,
            @Nullable String actorName, String code, @Nullable String text, @Nullable String legalBasis) {
    }

    public record InterventionType(String code, int version, String legalArticle, CaseScope defaultScope,
            boolean hasAmount) {
    }
}
