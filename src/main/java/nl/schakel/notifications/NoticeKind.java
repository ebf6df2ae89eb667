package nl.schakel.notifications;

/** What a notice is about; the text users see is in the messages files. */
public enum NoticeKind {
    SIGNAL_RECEIVED, ACUTE_SIGNAL_RECEIVED, REPORTER_REPLIED, STACK_ESCALATED, CLASSIFICATION_TO_CONFIRM
}
