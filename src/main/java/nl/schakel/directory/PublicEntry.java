package nl.schakel.directory;

import org.jspecify.annotations.Nullable;

/** A line of the public page "Waar kan ik melden": an organisation and how to reach it, never a person's name. */
public record PublicEntry(String organisationName, String advice, @Nullable String phone, @Nullable String phone24h,
        String officeHours) {
}
