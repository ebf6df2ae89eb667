package nl.schakel.meetings;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A meeting decided on an agenda item; ids and codes only, so listeners (the signal's timeline, the case log) record
 * it without personal data.
 *
 * @param signalId the signal the item is about, or null
 * @param caseId the case the item is about, or null
 * @param partnerOrganisationId the partner to route to, for {@link DecisionKind#ROUTE}
 */
public record AgendaDecisionTaken(UUID meetingId, UUID itemId, ItemKind itemKind, @Nullable UUID signalId,
        @Nullable UUID caseId, DecisionKind decision, @Nullable UUID partnerOrganisationId, UUID actorUserId,
        Instant at) {
}
