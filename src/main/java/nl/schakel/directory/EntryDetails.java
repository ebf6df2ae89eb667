package nl.schakel.directory;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator edits on screen of an entry: its texts and ways to reach the partner. Contacts, covenants and
 * the "wie doet wat" tasks stay as they are.
 */
public record EntryDetails(String regionsServed, String tasks, String threshold, String officeHours,
        @Nullable String phone, @Nullable String phone24h, @Nullable String email, ReachedBy reachedBy,
        @Nullable String publicAdvice) {

    /** The details of an entry as it stands. */
    public static EntryDetails of(DirectoryEntry entry) {
        return new EntryDetails(entry.regionsServed(), entry.tasks(), entry.threshold(), entry.officeHours(),
                entry.phone(), entry.phone24h(), entry.email(), entry.reachedBy(), entry.publicAdvice());
    }

    /** The entry with these details, its contacts, covenants and tasks kept. */
    DirectoryEntry applyTo(DirectoryEntry entry) {
        return new DirectoryEntry(regionsServed, tasks, threshold, officeHours, phone, phone24h, email, reachedBy,
                publicAdvice, entry.contacts(), entry.covenants(), entry.work());
    }
}
