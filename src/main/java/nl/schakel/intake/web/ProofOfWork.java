package nl.schakel.intake.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * A hashcash-style proof of work, as GlobaLeaks asks of its submitters: the server hands out a random
 * challenge, the browser finds a nonce such that SHA-256(challenge ‖ nonce) starts with {@code bits}
 * zero bits (a few hundred milliseconds of a phone's time, {@code static/js/proof-of-work.js}).
 *
 * <p>Without JavaScript nobody can compute that, so the same challenge also counts as solved once
 * {@code wait} has passed since it was handed out: a reporter without JavaScript waits a little instead
 * of computing. Either way, every new source costs a sender something.
 *
 * <p>Nothing about the sender is stored. A challenge is self-contained and signed (HMAC with a key that
 * exists only in this process) over its random part, its time and the keyed hash of the source it was
 * given to, so it cannot be forged, moved to another source or used after {@code lifetime}. Only spent
 * challenges are remembered, in memory, until they would have expired anyway, so each works once.
 */
class ProofOfWork {

    /** A challenge as the page carries it. */
    record Challenge(String token, int bits, long waitSeconds) {
    }

    enum Verdict {
        /** Solved (or waited for), and now spent. */
        ACCEPTED,
        /** Genuine but not solved, and the no-JavaScript wait has not passed yet. */
        TOO_EARLY,
        /** Missing, forged, expired, given to another source, or spent before. */
        INVALID
    }

    private static final int RANDOM_BYTES = 16;
    private static final int PAYLOAD_BYTES = RANDOM_BYTES + Long.BYTES + 1;
    private static final int PRUNE_ABOVE = 10_000;
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final int bits;
    private final Duration wait;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];
    private final ConcurrentMap<String, Instant> spent = new ConcurrentHashMap<>();

    ProofOfWork(int bits, Duration wait, Duration lifetime, Clock clock) {
        if (bits < 1 || bits > 32) {
            throw new IllegalArgumentException("bits must be between 1 and 32");
        }
        this.bits = bits;
        this.wait = wait;
        this.lifetime = lifetime;
        this.clock = clock;
        random.nextBytes(key);
    }

    /** A fresh challenge for this source. */
    Challenge issue(String source) {
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD_BYTES);
        byte[] nonce = new byte[RANDOM_BYTES];
        random.nextBytes(nonce);
        payload.put(nonce).putLong(clock.instant().getEpochSecond()).put((byte) bits);
        String body = ENCODE.encodeToString(payload.array());
        return new Challenge(body + "." + ENCODE.encodeToString(mac(body, source)), bits, wait.toSeconds());
    }

    /** The same challenge again, for a page shown again before its wait has passed. */
    Challenge again(String token) {
        return new Challenge(token, bits, wait.toSeconds());
    }

    /** Checks a challenge and its nonce for this source; an accepted challenge is spent. */
    Verdict check(@Nullable String token, @Nullable String nonce, String source) {
        if (token == null || token.length() > 200) {
            return Verdict.INVALID;
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Verdict.INVALID;
        }
        String body = token.substring(0, dot);
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODE.decode(body);
            signature = DECODE.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Verdict.INVALID;
        }
        if (payload.length != PAYLOAD_BYTES || !MessageDigest.isEqual(signature, mac(body, source))) {
            return Verdict.INVALID;
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload, RANDOM_BYTES, Long.BYTES + 1);
        Instant issued = Instant.ofEpochSecond(buffer.getLong());
        int required = buffer.get();
        Instant now = clock.instant();
        if (now.isAfter(issued.plus(lifetime)) || spent.containsKey(body)) {
            return Verdict.INVALID;
        }
        boolean solved = nonce != null && nonce.length() <= 20 && leadingZeroBits(token + nonce) >= required;
        if (!solved && now.isBefore(issued.plus(wait))) {
            return Verdict.TOO_EARLY;
        }
        prune(now);
        return spent.putIfAbsent(body, issued.plus(lifetime)) == null ? Verdict.ACCEPTED : Verdict.INVALID;
    }

    /** The nonce a browser would find (tests, and the documentation of what the script does). */
    static String solve(String token, int bits) {
        for (long nonce = 0; ; nonce++) {
            if (leadingZeroBits(token + nonce) >= bits) {
                return Long.toString(nonce);
            }
        }
    }

    static int leadingZeroBits(String input) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int zeros = 0;
        for (byte b : digest) {
            if (b == 0) {
                zeros += 8;
                continue;
            }
            return zeros + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return zeros;
    }

    void clear() {
        spent.clear();
    }

    private void prune(Instant now) {
        if (spent.size() > PRUNE_ABOVE) {
            spent.values().removeIf(expiry -> expiry.isBefore(now));
        }
    }

    private byte[] mac(String body, String source) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(body.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            return mac.doFinal(source.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
