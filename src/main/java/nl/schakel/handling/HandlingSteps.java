package nl.schakel.handling;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import nl.schakel.handling.internal.Timeline;
import nl.schakel.signal.SignalFacts;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalProgress;
import nl.schakel.signal.SignalStatus;
import nl.schakel.signal.Signals;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The frame of every step an officer takes on a signal: first whether the person may handle it — otherwise it
 * does not exist for them, and the attempt is audited — and afterwards the step on the timeline and in the audit
 * trail.
 */
@Component
class HandlingSteps {

    static final String PURPOSE = "SIGNAL_HANDLING";
    static final String SIGNAL = "SIGNAL";

    private final Signals signals;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final SignalProgress progress;

    HandlingSteps(Signals signals, Timeline timeline, AuditTrail audit, SignalProgress progress) {
        this.signals = signals;
        this.timeline = timeline;
        this.audit = audit;
        this.progress = progress;
    }

    /** @throws SignalHandling.SignalNotFoundException when the person may not handle the signal */
    void requireVisible(SchakelUser officer, SignalId id, String action) {
        if (!signals.visibleTo(officer, id)) {
            denied(id, action);
            throw new SignalHandling.SignalNotFoundException();
        }
    }

    /** The signal, for a person who may handle it; see {@link #requireVisible}. */
    SignalFacts require(SchakelUser officer, SignalId id, String action) {
        requireVisible(officer, id, action);
        return signals.facts(id).orElseThrow(SignalHandling.SignalNotFoundException::new);
    }

    /**
     * The same, and the signal must still be on the route: a closed signal takes no more steps. The page offers the
     * steps only after "Oppakken"; a step sent for a signal nobody took up yet (an old page, the one-click route)
     * takes it up first, in this officer's name (decision 0026).
     */
    SignalFacts requireOpen(SchakelUser officer, SignalId id, String action) {
        SignalFacts signal = require(officer, id, action);
        if (signal.status().isFinal()) {
            throw new HandlingRefusedException("handling.refused.closed");
        }
        if (signal.status() == SignalStatus.RECEIVED
                && progress.advanceIfAllowed(id, SignalStatus.IN_TRIAGE, officer.userId())) {
            return signals.facts(id).orElseThrow(SignalHandling.SignalNotFoundException::new);
        }
        return signal;
    }

    void denied(SignalId id, String action) {
        audit.record(new AuditEvent(action, SIGNAL, id.toString(), PURPOSE, Outcome.DENIED));
    }

    /** The step was taken: on the signal's timeline (codes only) and audited. */
    void done(SchakelUser officer, SignalId id, TimelineKind kind, @Nullable String detail, String action) {
        timeline.add(id, kind, detail, officer.userId(), null);
        audit.record(AuditEvent.success(action, SIGNAL, id, PURPOSE));
    }
}
