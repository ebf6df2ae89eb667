package nl.schakel.handling.internal;

import nl.schakel.handling.OpenReferrals;
import nl.schakel.intake.SignalId;
import org.springframework.stereotype.Component;

/** Until referrals exist, no signal waits for a partner. */
@Component
class PendingRouting implements OpenReferrals {

    @Override
    public boolean anyOpen(SignalId signal) {
        return false;
    }
}
