package nl.schakel.access.security;

import java.util.Optional;

import nl.schakel.access.OidcSettings;
import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditActor;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks the password first and only then whether the account is active and not locked, so that a
 * locked, deactivated or unknown account answers exactly like a wrong password, in the same time.
 * Every attempt is audited: successes one by one, failures as counts per minute, reason and account. A right
 * password only opens the way to the second factor ({@link SignedIn#passwordOnly}).
 */
class LockingAuthenticationProvider implements AuthenticationProvider {

    private static final String PURPOSE = "AUTHENTICATION";

    private final DaoAuthenticationProvider passwordCheck;
    private final AccountStore accounts;
    private final AuditTrail audit;
    private final OidcSettings oidc;

    LockingAuthenticationProvider(AccountStore accounts, PasswordEncoder passwords, AuditTrail audit,
            OidcSettings oidc) {
        this.accounts = accounts;
        this.audit = audit;
        this.oidc = oidc;
        this.passwordCheck = new DaoAuthenticationProvider(username -> accounts.load(normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account")));
        this.passwordCheck.setPasswordEncoder(passwords);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = normalise(String.valueOf(authentication.getName()));
        Optional<SchakelUser> account = accounts.load(username);
        Authentication result;
        try {
            result = passwordCheck.authenticate(new UsernamePasswordAuthenticationToken(username,
                    authentication.getCredentials()));
        } catch (AuthenticationException e) {
            account.ifPresent(user -> accounts.recordFailure(user.userId()));
            audit.recordRepeated(loginEvent(Outcome.FAILURE), "BAD_CREDENTIALS", account.map(AuditActor.class::cast));
            throw new BadCredentialsException("login failed");
        }
        SchakelUser user = (SchakelUser) result.getPrincipal();
        AccountStore.Standing standing = accounts.standing(user.userId(), user.organisationId());
        if (!standing.active() || standing.locked()) {
            audit.recordRepeated(loginEvent(Outcome.DENIED), standing.active() ? "ACCOUNT_LOCKED" : "ACCOUNT_INACTIVE",
                    Optional.of(user));
            throw new BadCredentialsException("login failed");
        }
        if (oidc.oidcOnly(user.organisationId())) {
            // The organisation logs in only through its own provider: a password opens nothing, answered as a wrong one.
            audit.recordRepeated(loginEvent(Outcome.DENIED), "OIDC_ONLY", Optional.of(user));
            throw new BadCredentialsException("login failed");
        }
        // Failures are counted on until the second factor is proven too: a known password must not buy more guesses.
        audit.record(loginEvent(Outcome.SUCCESS), Optional.of(user));
        return SignedIn.passwordOnly(user);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static AuditEvent loginEvent(Outcome outcome) {
        return new AuditEvent("LOGIN", "SESSION", null, PURPOSE, outcome);
    }

    private static String normalise(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
