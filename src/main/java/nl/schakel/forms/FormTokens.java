package nl.schakel.forms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * One-time form tokens. A token is 128 random bits and a 128-bit HMAC of them under the region's form key (table
 * {@code form_token_key}, shared by all instances), generated on the server when a form is rendered; it names no
 * one and nothing, and a token Schakel did not issue is ignored, so made-up tokens never reach the database. An
 * arrival is recorded under the token, the form's path, who sends it and what was sent: the same form sent again
 * (double click, reload, resend) finds the first outcome, while the same token with another content — a token
 * planted in someone else's form — finds nothing of theirs. Only when a form arrives is anything stored: the SHA-256 of the token and the form's path,
 * and, once the work is done, the path the form redirected to. Nothing about the sender is kept. Rows live a
 * day. Works across instances: the claim is a primary key in PostgreSQL.
 */
@Service
public class FormTokens {

    /** The name of the hidden field every POST form carries. */
    public static final String FIELD = "_form";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Duration KEPT = Duration.ofDays(1);

    private static final int RANDOM_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile byte @Nullable [] formKey;

    FormTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A fresh token for one form. */
    public String issue() {
        byte[] bytes = new byte[RANDOM_BYTES * 2];
        random.nextBytes(bytes);
        System.arraycopy(mac(bytes), 0, bytes, RANDOM_BYTES, RANDOM_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether Schakel issued this token. */
    boolean genuine(String token) {
        if (!WELL_FORMED.matcher(token).matches()) {
            return false;
        }
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        byte[] expected = java.util.Arrays.copyOf(mac(bytes), RANDOM_BYTES);
        return MessageDigest.isEqual(expected, java.util.Arrays.copyOfRange(bytes, RANDOM_BYTES, RANDOM_BYTES * 2));
    }

    /**
     * The key under which one arrival is recorded: the token, the form's path, the sender (a user name, or none)
     * and the content sent (every field except the tokens themselves, in order).
     */
    static String key(String token, String path, @Nullable String sender, Map<String, String[]> parameters) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {token, path, sender == null ? "" : sender}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            new java.util.TreeMap<>(parameters).forEach((name, values) -> {
                if (!name.equals(FIELD) && !name.equals("_csrf")) {
                    digest.update(name.getBytes(StandardCharsets.UTF_8));
                    for (String value : values) {
                        digest.update((byte) 1);
                        digest.update(value.getBytes(StandardCharsets.UTF_8));
                    }
                    digest.update((byte) 0);
                }
            });
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] mac(byte[] token) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(formKey(), "HmacSHA256"));
            mac.update(token, 0, RANDOM_BYTES);
            return mac.doFinal();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** The region's form key: made by the first instance that needs it, read by every other. */
    private byte[] formKey() {
        byte[] key = formKey;
        if (key == null) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            jdbc.sql("insert into form_token_key (id, key) values (1, ?) on conflict (id) do nothing").param(fresh)
                    .update();
            key = jdbc.sql("select key from form_token_key where id = 1").query(byte[].class).single();
            formKey = key;
        }
        return key;
    }

    /** Claims the key for the first arrival; false when it was claimed before. */
    boolean claim(String key) {
        return jdbc.sql("insert into form_submission (key, claimed_at) values (?, ?) on conflict (key) do nothing")
                .params(key, OffsetDateTime.now(clock)).update() == 1;
    }

    /**
     * What became of an earlier arrival: empty when there is none (any more), an empty string while it is being
     * handled, else the path it redirected to.
     */
    Optional<String> outcome(String key) {
        return jdbc.sql("select coalesce(outcome, '') from form_submission where key = ?").param(key)
                .query(String.class).optional();
    }

    void complete(String key, String location) {
        jdbc.sql("update form_submission set outcome = ? where key = ?").params(location, key).update();
    }

    /** Gives a claim back: the form came back with problems (or failed), so the same token may be sent again. */
    void release(String key) {
        jdbc.sql("delete from form_submission where key = ? and outcome is null").param(key).update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOld() {
        jdbc.sql("delete from form_submission where claimed_at < ?").param(OffsetDateTime.now(clock).minus(KEPT))
                .update();
    }
}
