package nl.schakel.intake;

import nl.schakel.intake.internal.ReporterIdentity;
import org.jspecify.annotations.Nullable;

/**
 * What "Melder tonen" answers: who reported, or — once the signal's data key was destroyed after its retention
 * period — that it was destroyed (message {@code signal.reporter.destroyed}; decision 0029).
 */
public record RevealedReporter(@Nullable ReporterIdentity identity) {

    public static final RevealedReporter DESTROYED = new RevealedReporter(null);

    public boolean destroyed() {
        return identity == null;
    }
}
