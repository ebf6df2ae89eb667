package nl.schakel.intake.web;

import java.time.Duration;

import nl.schakel.testing.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProofOfWorkTests {

    private final MutableClock clock = new MutableClock();
    private final ProofOfWork proof = new ProofOfWork(12, Duration.ofSeconds(30), Duration.ofMinutes(10), clock);

    @Test
    void aSolvedChallengeIsAcceptedOnce() {
        ProofOfWork.Challenge challenge = proof.issue("192.0.2.1");
        String nonce = ProofOfWork.solve(challenge.token(), challenge.bits());

        assertThat(ProofOfWork.leadingZeroBits(challenge.token() + nonce)).isGreaterThanOrEqualTo(12);
        assertThat(proof.check(challenge.token(), nonce, "192.0.2.1")).isEqualTo(ProofOfWork.Verdict.ACCEPTED);
        assertThat(proof.check(challenge.token(), nonce, "192.0.2.1")).isEqualTo(ProofOfWork.Verdict.INVALID);
    }

    @Test
    void anUnsolvedChallengeWaitsForTheNoJavaScriptDelay() {
        ProofOfWork.Challenge challenge = proof.issue("192.0.2.1");
        String wrong = "0";
        while (ProofOfWork.leadingZeroBits(challenge.token() + wrong) >= 12) {
            wrong = wrong + "0";
        }

        assertThat(proof.check(challenge.token(), wrong, "192.0.2.1")).isEqualTo(ProofOfWork.Verdict.TOO_EARLY);
        assertThat(proof.check(challenge.token(), null, "192.0.2.1")).isEqualTo(ProofOfWork.Verdict.TOO_EARLY);
        clock.advance(Duration.ofSeconds(30));
        assertThat(proof.check(challenge.token(), null, "192.0.2.1")).isEqualTo(ProofOfWork.Verdict.ACCEPTED);
    }

    @Test
    void aChallengeIsBoundToItsSourceCannotBeForgedAndExpires() {
        ProofOfWork.Challenge challenge = proof.issue("192.0.2.1");
        String nonce = ProofOfWork.solve(challenge.token(), challenge.bits());
        String forged = (challenge.token().charAt(0) == 'A' ? "B" : "A") + challenge.token().substring(1);

        assertThat(proof.check(challenge.token(), nonce, "192.0.2.2")).isEqualTo(ProofOfWork.Verdict.INVALID);
        assertThat(proof.check(forged, ProofOfWork.solve(forged, 12), "192.0.2.1")).isEqualTo(ProofOfWork.Verdict.INVALID);
        assertThat(proof.check(null, nonce, "192.0.2.1")).isEqualTo(ProofOfWork.Verdict.INVALID);
        assertThat(proof.check("niets", nonce, "192.0.2.1")).isEqualTo(ProofOfWork.Verdict.INVALID);
        clock.advance(Duration.ofMinutes(11));
        assertThat(proof.check(challenge.token(), nonce, "192.0.2.1")).isEqualTo(ProofOfWork.Verdict.INVALID);
    }

    @Test
    void theFloodWatchCountsAllSendsOfTheWindowTogether() {
        FloodWatch flood = new FloodWatch(3, Duration.ofMinutes(10), clock);
        flood.record();
        flood.record();
        assertThat(flood.isFlooded()).isFalse();
        flood.record();
        assertThat(flood.isFlooded()).isTrue();

        clock.advance(Duration.ofMinutes(11));
        assertThat(flood.isFlooded()).isFalse();
    }
}
