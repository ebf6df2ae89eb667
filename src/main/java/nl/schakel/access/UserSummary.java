package nl.schakel.access;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A user as the administrator sees it. */
public record UserSummary(UserId id, String username, String displayName, @Nullable String email,
        UUID organisationId, Set<Role> roles, boolean active, boolean locked, boolean mustChangePassword) {
}
