package nl.schakel.meetings;

/** The one decision a meeting takes on an agenda item. */
public enum DecisionKind {
    ROUTE, OPEN_CASE, ESCALATE_DISTRICT, ESCALATE_RIEC, PROPOSE_INTERVENTION, NO_ACTION
}
