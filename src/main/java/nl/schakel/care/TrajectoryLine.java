package nl.schakel.care;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A line of a trajectory list, with only what the viewer may see of it.
 *
 * @param personLabel only for the lead care coordinator
 * @param b8End for the lead and the police
 */
public record TrajectoryLine(TrajectoryId id, @Nullable String personLabel, @Nullable TrajectoryStatus status,
        @Nullable LocalDate b8End, @Nullable B8Decision b8Decision) {
}
