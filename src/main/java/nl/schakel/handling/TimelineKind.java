package nl.schakel.handling;

/** The kinds of step on a signal's timeline, besides the status changes the intake records. */
public enum TimelineKind {
    NOTE_ADDED, ENRICHMENT_RECORDED, CONSULTATION_PLANNED, CONSULTATION_OUTCOME, CLASSIFIED,
    CLASSIFICATION_AWAITING_CONFIRMATION, CLASSIFICATION_CONFIRMED, CLASSIFICATION_REJECTED, REPORTER_INFORMED,
    CLOSED, REFERRAL
}
