package nl.schakel.intake.internal;

import org.jspecify.annotations.Nullable;

/** Who reported, as sealed away from the signal. */
public record ReporterIdentity(@Nullable String name, @Nullable String organisation, @Nullable String phone,
        @Nullable String email) {
}
