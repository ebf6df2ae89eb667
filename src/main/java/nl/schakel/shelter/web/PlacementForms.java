package nl.schakel.shelter.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schakel.shelter.Placements.SubjectRole;
import org.jspecify.annotations.Nullable;

/** The forms of placement requests. */
final class PlacementForms {

    private PlacementForms() {
    }

    /** A coordinator asks a service for a place; the subject only for the co-location check. */
    public record RequestForm(@NotNull(message = "{shelter.placement.service.required}") @Nullable UUID serviceId,
            @Nullable UUID trajectoryRef, @Nullable UUID subjectId, @Nullable SubjectRole subjectRole) {
    }

    /** A provider declines, with the reason. */
    public record DeclineForm(
            @NotBlank(message = "{shelter.placement.reason.required}") @Size(max = 2000, message = "{shelter.text.tooLong}")
            @Nullable String reason) {
    }
}
