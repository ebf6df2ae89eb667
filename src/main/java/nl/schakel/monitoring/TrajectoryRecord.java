package nl.schakel.monitoring;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One victim's trajectory as the care module gives it for the anonymised CoMensha-style export: codes and numbers
 * only, no name, date of birth or free text. The identifiers never leave monitoring: the trajectory's is re-keyed
 * into a pseudonym per export, the signals' only find the reporter type, sex and police unit in monitoring's facts.
 *
 * @param dutch whether the person is Dutch (or from the EU); null when unknown
 * @param signalIds the signals of the trajectory's case, oldest first; empty without a case
 */
public record TrajectoryRecord(UUID trajectoryId, int year, UUID municipalityId, @Nullable Integer age,
        @Nullable Boolean dutch, Set<String> exploitationForms, boolean b8, List<UUID> signalIds) {
}
