package nl.schakel.attachments.internal;

/** A file that passed the checks: its display name, its type by content, and its cleaned bytes. */
record CleanFile(String filename, FileType type, byte[] bytes) {
}
