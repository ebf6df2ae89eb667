package nl.schakel.routing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.routing.ReferralId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use, expiring links for partners without an account. The token (256 random bits) is given out
 * once; only its SHA-256 is kept, so the database alone cannot open a referral.
 */
@Component
public class SecureLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    SecureLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public enum State { VALID, USED, EXPIRED }

    /** A link found by its token. */
    public record Link(UUID id, ReferralId referralId, State state) {
    }

    /** Creates a link and returns its token, the only time it exists outside the holder's hands. */
    public String create(ReferralId referral, Instant expiresAt, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into referral_link (id, referral_id, token_hash, expires_at, created_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), referral.value(), hash(token), ReferralStore.utc(expiresAt),
                        ReferralStore.utc(now))
                .update();
        return token;
    }

    public Optional<Link> find(String token, Instant now) {
        if (token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select id, referral_id, expires_at, used_at from referral_link where token_hash = ?")
                .param(hash(token))
                .query((rs, n) -> new Link(rs.getObject("id", UUID.class),
                        new ReferralId(rs.getObject("referral_id", UUID.class)),
                        rs.getObject("used_at", OffsetDateTime.class) != null ? State.USED
                                : rs.getObject("expires_at", OffsetDateTime.class).toInstant().isBefore(now)
                                        ? State.EXPIRED : State.VALID))
                .optional();
    }

    /** Uses the link up; false when it was used or expired meanwhile. */
    public boolean consume(UUID linkId, Instant now) {
        return jdbc.sql("update referral_link set used_at = ? where id = ? and used_at is null and expires_at >= ?")
                .params(ReferralStore.utc(now), linkId, ReferralStore.utc(now)).update() == 1;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
