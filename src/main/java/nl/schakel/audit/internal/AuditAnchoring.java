package nl.schakel.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anchors the chains' heads at start, every {@code schakel.audit.anchor-interval} and at shutdown, and writes
 * the counted repeated failures every {@code schakel.audit.repeat-interval} and at shutdown (before the last
 * anchor, so that anchor covers them). Stops after the web server and before the connection pool closes.
 */
@Component
class AuditAnchoring implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchoring.class);

    private final JdbcAuditTrail trail;
    private volatile boolean running;

    AuditAnchoring(JdbcAuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void start() {
        anchor();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        try {
            trail.flushRepeated();
        } catch (RuntimeException e) {
            log.error("Could not write the counted repeated audit events at shutdown: {}", e.getClass().getName());
        }
        anchor();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before and stops after the web server, so the last anchor covers the last request's records. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Scheduled(fixedDelayString = "${schakel.audit.anchor-interval:PT10M}",
            initialDelayString = "${schakel.audit.anchor-interval:PT10M}")
    void periodically() {
        if (running) {
            anchor();
        }
    }

    @Scheduled(fixedDelayString = "${schakel.audit.repeat-interval:PT1M}",
            initialDelayString = "${schakel.audit.repeat-interval:PT1M}")
    void writeRepeated() {
        if (running) {
            trail.flushRepeated();
        }
    }

    private void anchor() {
        try {
            trail.anchor();
        } catch (RuntimeException e) {
            // Never the content: only that anchoring failed, so operators notice.
            log.error("Could not anchor the audit chains: {}", e.getClass().getName());
        }
    }
}
