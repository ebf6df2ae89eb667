package nl.schakel.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** A meeting as the calendar shows it: what, whose, when and where it is. No agenda content. */
public record MeetingSummary(UUID id, UUID seriesId, MeetingType type, UUID ownerOrganisationId, LocalDate heldOn,
        MeetingStatus status, ContentRule contentRule) {
}
