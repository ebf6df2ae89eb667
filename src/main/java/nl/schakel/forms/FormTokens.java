package nl.schakel.forms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * One-time form tokens. A token is 256 random bits, generated on the server when a form is rendered; it names
 * no one and nothing. Only when a form arrives is anything stored: the SHA-256 of the token and the form's path,
 * and, once the work is done, the path the form redirected to. Nothing about the sender is kept. Rows live a
 * day. Works across instances: the claim is a primary key in PostgreSQL.
 */
@Service
public class FormTokens {

    /** The name of the hidden field every POST form carries. */
    public static final String FIELD = "_form";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Duration KEPT = Duration.ofDays(1);

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;

    FormTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A fresh token for one form. */
    public String issue() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean wellFormed(String token) {
        return WELL_FORMED.matcher(token).matches();
    }

    /** The key under which one token's arrival at one form path is recorded. */
    static String key(String token, String path) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((token + "\n" + path).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
