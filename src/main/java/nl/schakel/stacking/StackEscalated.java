package nl.schakel.stacking;

import java.util.Map;
import java.util.UUID;

/**
 * Published when a subject's signals cross the escalation threshold. Identifiers only.
 *
 * @param latestSignalPerOrganisation for each organisation holding one of the signals, its most recent
 *     one: where its officers are sent to read the explanation
 */
public record StackEscalated(UUID subjectId, Map<UUID, UUID> latestSignalPerOrganisation) {
}
