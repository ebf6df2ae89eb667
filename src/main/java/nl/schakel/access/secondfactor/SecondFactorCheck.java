package nl.schakel.access.secondfactor;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

import nl.schakel.access.SchakelUser;
import nl.schakel.access.Totp;
import nl.schakel.access.security.AccountStore;
import nl.schakel.access.security.SessionTerminator;
import nl.schakel.audit.AuditActor;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import org.springframework.stereotype.Service;

/**
 * Checks a second factor: a TOTP code (each works once) or a recovery code (each works once). A wrong code counts
 * towards the account's lockout like a wrong password; successes are audited one by one, failures as counts.
 */
@Service
class SecondFactorCheck {

    private static final String PURPOSE = "AUTHENTICATION";

    private final SecondFactorStore store;
    private final AccountStore accounts;
    private final SecondFactorProperties properties;
    private final AuditTrail audit;
    private final SessionTerminator sessions;
    private final Clock clock;
    private final Totp totp = new Totp();

    SecondFactorCheck(SecondFactorStore store, AccountStore accounts, SecondFactorProperties properties,
            AuditTrail audit, SessionTerminator sessions, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.properties = properties;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** What came of a code. */
    enum Result {
        ACCEPTED, REFUSED, LOCKED
    }

    SecondFactorStore.State state(SchakelUser user) {
        return store.state(user.userId());
    }

    /** Whether this user may still enrol now (no second factor yet, within the grace period). */
    boolean mayEnrol(SchakelUser user) {
        SecondFactorStore.State state = store.state(user.userId());
        return !state.enrolled() && state.enrolBy() != null && state.enrolBy().toInstant().isAfter(clock.instant());
    }

    Result checkCode(SchakelUser user, String code) {
        SecondFactorStore.State state = store.state(user.userId());
        if (state.secret() == null || accounts.isLocked(user.userId())) {
            return refused(user, "SECOND_FACTOR_CODE");
        }
        OptionalLong step = totp.verify(state.secret(), code, clock.instant(),
                properties.singleUseCodes() ? state.lastStep() : null);
        if (step.isEmpty() || (properties.singleUseCodes() && !store.useStep(user.userId(), step.getAsLong()))) {
            return refused(user, "SECOND_FACTOR_CODE");
        }
        return accepted(user, "SECOND_FACTOR_CODE");
    }

    Result checkRecoveryCode(SchakelUser user, String code) {
        if (accounts.isLocked(user.userId()) || !store.useRecoveryCode(user.userId(), code)) {
            return refused(user, "RECOVERY_CODE");
        }
        return accepted(user, "RECOVERY_CODE");
    }

    /** The first code from a new secret proves the app holds it; then it is stored with new recovery codes. */
    Result checkEnrolment(SchakelUser user, String secret, String code, java.util.List<String> recoveryCodes) {
        OptionalLong step = totp.verify(secret, code, clock.instant(), null);
        if (!mayEnrol(user) || step.isEmpty() || !store.enrol(user.userId(), secret, step.getAsLong(), recoveryCodes)) {
            return refused(user, "SECOND_FACTOR_ENROLMENT");
        }
        audit.record(AuditEvent.success("SECOND_FACTOR_ENROLLED", "USER", user.id(), PURPOSE), Optional.of(user));
        return accepted(user, "SECOND_FACTOR_ENROLMENT");
    }

    private Result accepted(SchakelUser user, String how) {
        accounts.recordSuccess(user.userId());
        audit.record(new AuditEvent("LOGIN_SECOND_FACTOR", "SESSION", null, PURPOSE, Outcome.SUCCESS),
                Optional.of(user));
        return Result.ACCEPTED;
    }

    private Result refused(SchakelUser user, String reason) {
        accounts.recordFailure(user.userId());
        audit.recordRepeated(new AuditEvent("LOGIN_SECOND_FACTOR", "SESSION", null, PURPOSE, Outcome.FAILURE), reason,
                Optional.<AuditActor>of(user));
        if (accounts.isLocked(user.userId())) {
            sessions.endSessionsOf(user.getUsername());
            return Result.LOCKED;
        }
        return Result.REFUSED;
    }
}
