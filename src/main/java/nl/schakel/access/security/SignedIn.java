package nl.schakel.access.security;

import java.util.ArrayList;
import java.util.List;

import nl.schakel.access.SchakelUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The two stages of a login (issue 18). After the password alone a person holds only the password factor: no role,
 * so every rule that names a role refuses them (deny by default) and {@link SecondFactorRequiredFilter} sends them
 * to the second factor. Only with the second factor (or a login through the organisation's own identity provider)
 * do they hold their roles.
 */
public final class SignedIn {

    /** Spring Security's authority for a proven password. */
    public static final String PASSWORD = FactorGrantedAuthority.PASSWORD_AUTHORITY;
    /** The authority for a proven time-based one-time code (or a recovery code). */
    public static final String TOTP = "FACTOR_TOTP";
    /** Spring Security's authority for a login through an OpenID Connect provider. */
    public static final String OIDC = FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY;

    private SignedIn() {
    }

    /** Password checked, second factor still to come: no roles yet. */
    public static Authentication passwordOnly(SchakelUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(FactorGrantedAuthority.fromAuthority(PASSWORD)));
    }

    /** Password and second factor proven: the person's roles. */
    public static Authentication withSecondFactor(SchakelUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, withRoles(user, PASSWORD, TOTP));
    }

    /**
     * Logged in through the organisation's own OpenID Connect provider, which is trusted with its own second factor
     * (docs/operations.md): the person's roles in Schakel, never roles from the provider.
     */
    public static Authentication throughProvider(SchakelUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, withRoles(user, OIDC));
    }

    /** Whether this authentication has proven the password but not (yet) a second factor. */
    public static boolean awaitsSecondFactor(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SchakelUser
                && authentication.isAuthenticated() && has(authentication, PASSWORD) && !has(authentication, TOTP);
    }

    /** The same proofs for the same person after a change (e.g. of the password), with their current roles. */
    public static Authentication refreshed(Authentication current, SchakelUser user) {
        if (awaitsSecondFactor(current)) {
            return passwordOnly(user);
        }
        List<String> factors = current.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("FACTOR_")).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                withRoles(user, factors.toArray(String[]::new)));
    }

    static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    static List<GrantedAuthority> withRoles(SchakelUser user, String... factors) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        for (String factor : factors) {
            authorities.add(FactorGrantedAuthority.fromAuthority(factor));
        }
        return authorities;
    }
}
