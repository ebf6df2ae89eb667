package nl.schakel.catalogue.internal;

/** Where a catalogue version is: one draft at a time is edited, then published; a published version never changes. */
enum VersionStatus {
    DRAFT, PUBLISHED;

    /** @throws IllegalStateException unless a draft is published */
    VersionStatus moveTo(VersionStatus next) {
        if (this != DRAFT || next != PUBLISHED) {
            throw new IllegalStateException("catalogue version " + name() + " cannot become " + next.name());
        }
        return next;
    }
}
