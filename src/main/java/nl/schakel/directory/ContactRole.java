package nl.schakel.directory;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A contact role held by a named person, with a deputy, for a period (staff turnover must not lose contacts). */
public record ContactRole(String roleName, String personName, @Nullable String deputyName, @Nullable String phone,
        LocalDate validFrom, @Nullable LocalDate validUntil) {

    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }
}
