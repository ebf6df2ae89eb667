package nl.schakel.routing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.routing.internal.PartEntries;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.Signals;
import org.springframework.stereotype.Service;

/**
 * The parts other modules keep — the weighing, the enrichment, the conversation with the reporter — as a referral
 * shares them (decision 0035): shown to the officer before sending, exactly as they would go, and captured when the
 * referral is sent, so a partner sees what the officer saw then and nothing added later.
 */
@Service
public class CapturedParts {

    private final List<SharedPartSource> sources;
    private final PartEntries entries;
    private final Signals signals;
    private final AuditTrail audit;

    CapturedParts(List<SharedPartSource> sources, PartEntries entries, Signals signals, AuditTrail audit) {
        this.sources = sources;
        this.entries = entries;
        this.signals = signals;
        this.audit = audit;
    }

    /** What each captured part would share now, for the routing form's preview. Audited. */
    public Map<SharedPart, List<SharedReferral.Entry>> preview(SchakelUser officer, SignalId signal) {
        if (!signals.visibleTo(officer, signal)) {
            audit.record(Referrals.denied("REFERRAL_PARTS_PREVIEWED", "SIGNAL", signal));
            throw new ReferralNotFoundException();
        }
        Map<SharedPart, List<SharedReferral.Entry>> preview = new EnumMap<>(SharedPart.class);
        for (SharedPartSource source : sources) {
            preview.put(source.part(), source.entries(signal));
        }
        audit.record(AuditEvent.success("REFERRAL_PARTS_PREVIEWED", "SIGNAL", signal, Referrals.PURPOSE));
        return preview;
    }

    /** Keeps the ticked captured parts with the referral just sent (the officer was checked by the sender's caller). */
    void capture(ReferralId referral, SignalId signal, Set<SharedPart> parts) {
        for (SharedPartSource source : sources) {
            if (parts.contains(source.part())) {
                entries.capture(referral, source.part(), source.entries(signal));
            }
        }
    }
}
