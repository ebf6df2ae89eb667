package nl.schakel.intake.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import nl.schakel.access.SourceThrottle;
import nl.schakel.intake.IntakeProperties;
import nl.schakel.intake.internal.ReceiptCodes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Abuse protection for the public pages that protects reporters instead of shutting them out, without
 * tracking anyone. Everything is counted in memory, per keyed hash (see {@link SourceThrottle}), with one
 * atomic check-and-count per request, and never globally:
 * <ul>
 * <li>sent signals per source; under a flood ({@link FloodWatch}) a source that has not sent recently
 * first shows a {@link ProofOfWork};</li>
 * <li>failed receipt-code look-ups per source and per receipt prefix, so guessing from many addresses at
 * one code stops, while a reporter with the right code from elsewhere always gets in.</li>
 * </ul>
 */
@Component
class IntakeThrottles {

    private static final Duration SIGNAL_WINDOW = Duration.ofMinutes(10);
    private static final Duration LOOKUP_WINDOW = Duration.ofMinutes(15);
    private static final int PREFIX_LENGTH = 8;

    /** What the public form may do with a send. */
    enum Admission {
        ADMITTED, PROOF_NEEDED, TOO_MANY
    }

    /** The answer to a send, with the challenge to show when a proof is needed. */
    record SendDecision(Admission admission, ProofOfWork.@Nullable Challenge challenge) {
    }

    private final Clock clock;
    private final int configuredSignalsPerSource;
    private final int configuredFloodThreshold;
    private volatile FloodWatch flood;
    private final ProofOfWork proof;
    private final SourceThrottle failedLookups;
    private final SourceThrottle failedPrefixes;
    private volatile SourceThrottle sentSignals;

    IntakeThrottles(Clock clock, IntakeProperties intake, PublicThrottleProperties properties) {
        this.clock = clock;
        this.configuredSignalsPerSource = intake.signalsPerSource();
        this.configuredFloodThreshold = properties.floodThreshold();
        this.flood = new FloodWatch(properties.floodThreshold(), SIGNAL_WINDOW, clock);
        this.proof = new ProofOfWork(properties.proofBits(), properties.proofWait(), properties.proofLifetime(),
                clock);
        this.failedLookups = new SourceThrottle(properties.lookupsPerSource(), LOOKUP_WINDOW, clock);
        this.failedPrefixes = new SourceThrottle(properties.lookupsPerPrefix(), LOOKUP_WINDOW, clock);
        this.sentSignals = new SourceThrottle(intake.signalsPerSource(), SIGNAL_WINDOW, clock);
    }

    /** A challenge for the check page, when this source would need one to send now. */
    Optional<ProofOfWork.Challenge> challengeFor(String source) {
        return proofNeeded(source) ? Optional.of(proof.issue(source)) : Optional.empty();
    }

    /**
     * Decides a send in one step per guard: counts it towards the flood, asks a new sender under a flood
     * for its proof of work, and takes one of the source's sends (atomically).
     */
    SendDecision admitSignal(String source, @Nullable String challenge, @Nullable String nonce) {
        flood.record();
        if (proofNeeded(source)) {
            ProofOfWork.Verdict verdict = proof.check(challenge, nonce, source);
            if (verdict == ProofOfWork.Verdict.TOO_EARLY) {
                return new SendDecision(Admission.PROOF_NEEDED, proof.again(challenge));
            }
            if (verdict != ProofOfWork.Verdict.ACCEPTED) {
                return new SendDecision(Admission.PROOF_NEEDED, proof.issue(source));
            }
        }
        return sentSignals.tryAcquire(source) ? new SendDecision(Admission.ADMITTED, null)
                : new SendDecision(Admission.TOO_MANY, null);
    }

    /** A send that was admitted but not received (e.g. a refused attachment) does not count. */
    void signalNotReceived(String source) {
        sentSignals.release(source);
    }

    /**
     * Takes one failed look-up from the source's and from the code prefix's allowance before the code is
     * checked (check and count in one step); empty when either has none left.
     */
    Optional<LookupPermit> admitLookup(String source, String typedCode) {
        Optional<String> prefix = ReceiptCodes.normalise(typedCode).map(code -> code.substring(0, PREFIX_LENGTH));
        if (!failedLookups.tryAcquire(source)) {
            return Optional.empty();
        }
        if (prefix.isPresent() && !failedPrefixes.tryAcquire(prefix.get())) {
            failedLookups.release(source);
            return Optional.empty();
        }
        return Optional.of(new LookupPermit(source, prefix.orElse(null)));
    }

    /** A look-up in progress: when the code was right, it gives back what it took. */
    final class LookupPermit {

        private final String source;
        private final @Nullable String prefix;

        private LookupPermit(String source, @Nullable String prefix) {
            this.source = source;
            this.prefix = prefix;
        }

        void succeeded() {
            failedLookups.release(source);
            if (prefix != null) {
                failedPrefixes.release(prefix);
            }
        }
    }

    long lookupRetryAfterSeconds() {
        return failedLookups.retryAfterSeconds();
    }

    long signalRetryAfterSeconds() {
        return sentSignals.retryAfterSeconds();
    }

    SourceThrottle failedLookups() {
        return failedLookups;
    }

    SourceThrottle sentSignals() {
        return sentSignals;
    }

    /** Forgets every count, the flood and spent challenges (tests; an operator after an incident). */
    void clear() {
        failedLookups.clear();
        failedPrefixes.clear();
        sentSignals.clear();
        flood.clear();
        proof.clear();
    }

    /** Tests only: starts afresh with other limits ({@link #reset()} goes back to the configured ones). */
    void resetWith(int signalsPerSource, int floodThreshold) {
        sentSignals = new SourceThrottle(signalsPerSource, SIGNAL_WINDOW, clock);
        flood = new FloodWatch(floodThreshold, SIGNAL_WINDOW, clock);
        clear();
    }

    /** Starts afresh with the configured limits. */
    void reset() {
        resetWith(configuredSignalsPerSource, configuredFloodThreshold);
    }

    private boolean proofNeeded(String source) {
        return flood.isFlooded() && !sentSignals.isKnown(source);
    }

    /** The source of a request (IPv6: its /64), only as the input of the throttles' keyed hashes. */
    static String source(HttpServletRequest request) {
        return SourceThrottle.source(request);
    }
}
