package nl.schakel.care;

import java.time.LocalDate;
import java.util.UUID;

/** A B8 period's notice is due: tell the lead care coordinators. Ids and dates only. */
public record B8NoticeDue(TrajectoryId trajectoryId, UUID leadOrganisationId, B8Notice notice, LocalDate end) {
}
