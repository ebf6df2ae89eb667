package nl.schakel.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a partner's entry says, as written.
 *
 * @param threshold "wat u ons stuurt en onze drempel"
 * @param publicAdvice how a member of the public reaches the partner; null keeps it off the public page
 */
public record DirectoryEntry(String regionsServed, String tasks, String threshold, String officeHours,
        @Nullable String phone, @Nullable String phone24h, @Nullable String email, ReachedBy reachedBy,
        @Nullable String publicAdvice, List<ContactRole> contacts, List<Covenant> covenants, List<Task> work) {
}
