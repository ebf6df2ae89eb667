package nl.schakel.retention.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A batch of the nightly job: recorded, perhaps waiting for a second person, running, done. */
public enum BatchStatus {
    AWAITING_APPROVAL, RUNNING, DONE;

    private static final Map<BatchStatus, Set<BatchStatus>> NEXT = Map.of(
            AWAITING_APPROVAL, EnumSet.of(RUNNING),
            RUNNING, EnumSet.of(DONE),
            DONE, EnumSet.noneOf(BatchStatus.class));

    public boolean mayMoveTo(BatchStatus next) {
        return NEXT.get(this).contains(next);
    }

    public BatchStatus moveTo(BatchStatus next) {
        if (!mayMoveTo(next)) {
            throw new RetentionRefusedException("retention.refused.batchState");
        }
        return next;
    }
}
