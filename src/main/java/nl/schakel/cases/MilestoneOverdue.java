package nl.schakel.cases;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Published once per milestone when its due date passed while it is still open; ids only. */
public record MilestoneOverdue(UUID milestoneId, CaseId caseId, UUID ownerOrganisationId,
        @Nullable UUID ownerPersonId, LocalDate dueOn) {
}
