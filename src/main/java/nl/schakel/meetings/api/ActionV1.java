package nl.schakel.meetings.api;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.schakel.meetings.internal.AgendaStore.ActionRow;

/**
 * An action a meeting gave to the partner's organisation.
 *
 * @param meetingId the meeting it was taken in
 * @param description what is to be done, as the meeting wrote it
 * @param dueOn when it is due
 * @param done whether it is done
 * @param overdue open and past its due date
 */
@Schema(name = "Action")
public record ActionV1(UUID id, UUID meetingId, String description, LocalDate dueOn, boolean done, boolean overdue) {

    static ActionV1 of(ActionRow row, boolean overdue) {
        return new ActionV1(row.id(), row.meetingId(), row.description(), row.dueOn(), row.doneAt() != null, overdue);
    }
}
