package nl.schakel.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schakel.audit.AuditActor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person: who they are, which organisation they act for and in which roles. Kept in the
 * shared session, so it is serialisable and holds no password once authenticated.
 */
public final class SchakelUser implements UserDetails, CredentialsContainer, AuditActor, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String username;
    private final String displayName;
    private final UUID organisationId;
    private final String organisationName;
    private final UUID regionId;
    private final EnumSet<Role> roles;
    private final boolean mustChangePassword;
    private @Nullable String passwordHash;

    public SchakelUser(UUID id, String username, String displayName, UUID organisationId, String organisationName,
            UUID regionId, Set<Role> roles, boolean mustChangePassword, @Nullable String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.regionId = regionId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.mustChangePassword = mustChangePassword;
        this.passwordHash = passwordHash;
    }

    /** The same person after changing their password. */
    public SchakelUser withPasswordChanged() {
        return new SchakelUser(id, username, displayName, organisationId, organisationName, regionId, roles, false,
                null);
    }

    @Override
    public UUID userId() {
        return id;
    }

    public UserId id() {
        return new UserId(id);
    }

    @Override
    public UUID organisationId() {
        return organisationId;
    }

    public UUID regionId() {
        return regionId;
    }

    @Override
    public String roleCode() {
        return roles.stream().map(Role::name).collect(Collectors.joining(","));
    }

    public String displayName() {
        return displayName;
    }

    public String organisationName() {
        return organisationName;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(Role::authority).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchakelUser that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Never prints names: this object may end up in a log line. */
    @Override
    public String toString() {
        return "SchakelUser[" + id + "]";
    }
}
