package nl.schakel.cases;

/** The small vocabularies of a case. Texts are in the messages (cases.focus.*, cases.scope.*, …). */
public final class CaseEnums {

    private CaseEnums() {
    }

    /** What a case is about. */
    public enum Focus { PERSON, PREMISES, NETWORK }

    /** Where a case is handled (WGS): locally, in the district team, or at the regional table. */
    public enum EscalationLevel { LOCAL, DISTRICT, REGIONAL }

    /** What a participant does in a case. */
    public enum ParticipantRole { LEAD, CONTRIBUTOR, ADVISOR, INFORMED }

    /** Flags on a case. */
    public enum Flag { MINOR_INVOLVED, DANGER, ACUTE, CROSS_BORDER }

    /** Outcomes of a closed case. */
    public enum Outcome { GOALS_REACHED, HANDED_OVER, NO_GROUNDS, STOPPED }

    /** What a log entry records. */
    public enum LogKind { NOTE, DECISION, CONTACT, INFORMATION_SHARED, CHANGE }

    /** Where a proposed change of lead is: it waits for the proposed person, who accepts, or the lead withdraws it. */
    public enum HandoverStatus {
        PENDING, ACCEPTED, WITHDRAWN;

        /** @throws CaseTransitionRefusedException unless a pending handover is accepted or withdrawn */
        public HandoverStatus moveTo(HandoverStatus next) {
            if (this != PENDING || next == PENDING) {
                throw new CaseTransitionRefusedException(name(), next.name());
            }
            return next;
        }
    }
}
