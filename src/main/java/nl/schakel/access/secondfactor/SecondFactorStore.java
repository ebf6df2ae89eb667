package nl.schakel.access.secondfactor;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.sealing.Sealer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's second factor in {@code app_user} and {@code recovery_code}: the TOTP secret sealed (bound to the user),
 * the last step used, the enrolment deadline, and recovery codes as Argon2id hashes only.
 */
@Component
public class SecondFactorStore {

    private final JdbcClient jdbc;
    private final Sealer sealer;
    private final PasswordEncoder hashes;
    private final SecondFactorProperties properties;
    private final Clock clock;

    SecondFactorStore(JdbcClient jdbc, Sealer sealer, PasswordEncoder hashes, SecondFactorProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.hashes = hashes;
        this.properties = properties;
        this.clock = clock;
    }

    /** What is known of a user's second factor. */
    record State(@Nullable String secret, @Nullable Long lastStep, @Nullable OffsetDateTime enrolBy,
            @Nullable OffsetDateTime enrolledAt) {

        boolean enrolled() {
            return secret != null;
        }
    }

    State state(UUID userId) {
        return jdbc.sql("""
                select totp_secret, totp_last_step, second_factor_enrol_by, second_factor_enrolled_at
                from app_user where id = ?""")
                .param(userId)
                .query((rs, n) -> {
                    byte[] sealed = rs.getBytes("totp_secret");
                    String secret = sealed == null ? null
                            : new String(sealer.unseal(sealed, context(userId)), StandardCharsets.US_ASCII);
                    long step = rs.getLong("totp_last_step");
                    return new State(secret, rs.wasNull() ? null : step,
                            rs.getObject("second_factor_enrol_by", OffsetDateTime.class),
                            rs.getObject("second_factor_enrolled_at", OffsetDateTime.class));
                })
                .single();
    }

    /** Records the step a code was accepted for; false when another request used it (or a later one) first. */
    boolean useStep(UUID userId, long step) {
        return jdbc.sql("""
                update app_user set totp_last_step = :step
                where id = :id and (totp_last_step is null or totp_last_step < :step)""")
                .param("step", step).param("id", userId).update() == 1;
    }

    /**
     * Stores a confirmed secret, the step its first code was for, and new recovery codes (hashed), in one transaction;
     * only while the user has no second factor and the enrolment window is open (a session that has the password
     * alone never replaces an existing factor). Returns whether it was stored; the caller shows the codes.
     */
    @Transactional
    public boolean enrol(UUID userId, String secret, long step, List<String> recoveryCodes) {
        OffsetDateTime now = now();
        int stored = jdbc.sql("""
                update app_user set totp_secret = ?, totp_last_step = ?, second_factor_enrol_by = null,
                    second_factor_enrolled_at = ?, updated_at = ?
                where id = ? and totp_secret is null and second_factor_enrol_by > ?""")
                .params(sealer.seal(secret.getBytes(StandardCharsets.US_ASCII), context(userId)), step, now, now,
                        userId, now)
                .update();
        if (stored != 1) {
            return false;
        }
        jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
        for (String code : recoveryCodes) {
            jdbc.sql("insert into recovery_code (id, user_id, code_hash) values (?, ?, ?)")
                    .params(UUID.randomUUID(), userId, hashes.encode(RecoveryCodes.normalise(code))).update();
        }
        return true;
    }

    /** Forgets the second factor (if any): the user must enrol at login, within the grace period from now. */
    @Transactional
    public void openEnrolment(UUID userId) {
        OffsetDateTime enrolBy = now().plus(properties.grace());
        jdbc.sql("""
                update app_user set totp_secret = null, totp_last_step = null, second_factor_enrol_by = ?,
                    updated_at = ? where id = ?""")
                .params(enrolBy, now(), userId).update();
        jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
    }

    /** Uses one of the user's unused recovery codes, if the typed one is among them; each works once. */
    boolean useRecoveryCode(UUID userId, String typed) {
        String code = RecoveryCodes.normalise(typed);
        List<Optional<UUID>> matches = jdbc.sql("select id, code_hash from recovery_code where user_id = ? and used_at is null")
                .param(userId)
                .query((rs, n) -> hashes.matches(code, rs.getString("code_hash"))
                        ? Optional.of(rs.getObject("id", UUID.class)) : Optional.<UUID>empty())
                .list();
        return matches.stream().flatMap(Optional::stream).findFirst()
                .map(id -> jdbc.sql("update recovery_code set used_at = ? where id = ? and used_at is null")
                        .params(now(), id).update() == 1)
                .orElse(false);
    }

    int unusedRecoveryCodes(UUID userId) {
        return jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null").param(userId)
                .query(Integer.class).single();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String context(UUID userId) {
        return "totp:" + userId;
    }
}
