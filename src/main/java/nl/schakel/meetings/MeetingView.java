package nl.schakel.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A meeting's page (agenda, conduct mode, minutes) as one member may see it: an item about a signal or case the member
 * may not see is {@code restricted}, with no title, no decision partner and no action texts ("Beperkt").
 *
 * @param organiser whether the viewer's organisation owns the series (builds the agenda and conducts)
 * @param carriedActions open actions of earlier meetings of the series, the agenda's action list
 * @param members the member organisations by id, with their names
 * @param attendance the member organisations recorded present (true) or absent (false)
 * @param owners the persons an action can be given to, by id
 */
public record MeetingView(MeetingSummary meeting, String ownerName, boolean organiser, List<Item> items,
        List<Action> carriedActions, Map<UUID, String> members, Map<UUID, Boolean> attendance,
        Map<UUID, String> owners) {

    /** An agenda item; {@code title} is null when restricted. */
    public record Item(UUID id, ItemKind kind, boolean restricted, @Nullable String title, @Nullable UUID signalId,
            @Nullable DecisionKind decision, @Nullable String decisionPartner, List<Action> actions) {

        public boolean decided() {
            return decision != null;
        }
    }

    /** An action; {@code description} is null when restricted. */
    public record Action(UUID id, @Nullable String description, String ownerName, LocalDate dueOn, boolean done,
            boolean overdue, LocalDate fromMeeting, UUID meetingId) {

        public boolean restricted() {
            return description == null;
        }
    }
}
