package nl.schakel.retention;

/** The kinds of record a retention policy governs; each is implemented by the module that owns it. */
public enum RecordType {
    SIGNAL, REPORTER_SEAL, ATTACHMENT, SUBJECT, CASE, TRAJECTORY, MEETING_MINUTES, CAPACITY_HISTORY, AUDIT_RECORD,
    NOTICE
}
