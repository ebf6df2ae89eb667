package nl.schakel.meetings;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a meeting is: planned, agenda published, held, minutes approved, or cancelled. Each state knows which may
 * follow it, so an illegal move is refused wherever it is attempted (as {@code routing.ReferralStatus}).
 */
public enum MeetingStatus {
    PLANNED, AGENDA_PUBLISHED, HELD, MINUTES_APPROVED, CANCELLED;

    private static final Map<MeetingStatus, Set<MeetingStatus>> NEXT = Map.of(
            PLANNED, EnumSet.of(AGENDA_PUBLISHED, CANCELLED),
            AGENDA_PUBLISHED, EnumSet.of(HELD, CANCELLED),
            HELD, EnumSet.of(MINUTES_APPROVED),
            MINUTES_APPROVED, EnumSet.noneOf(MeetingStatus.class),
            CANCELLED, EnumSet.noneOf(MeetingStatus.class));

    public boolean mayMoveTo(MeetingStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** @throws MeetingTransitionRefusedException when this move is not allowed */
    public MeetingStatus moveTo(MeetingStatus next) {
        if (!mayMoveTo(next)) {
            throw new MeetingTransitionRefusedException(this, next);
        }
        return next;
    }

    /** The moves offered from here. */
    public Set<MeetingStatus> next() {
        return NEXT.get(this);
    }

    /** Items may be added until the meeting is held. */
    public boolean agendaOpen() {
        return this == PLANNED || this == AGENDA_PUBLISHED;
    }

    /** Decisions and actions are taken while the meeting runs and until its minutes are approved. */
    public boolean conducting() {
        return this == AGENDA_PUBLISHED || this == HELD;
    }
}
