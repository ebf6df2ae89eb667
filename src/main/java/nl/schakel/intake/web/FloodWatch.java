package nl.schakel.intake.web;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts all public sends together in a sliding window of one-minute slots, to tell a flood from a
 * normal day. It never refuses anyone: while it says "flood", new senders are asked for a small proof of
 * work ({@link ProofOfWork}); everything else goes on as usual. It knows nothing about who sent.
 */
class FloodWatch {

    private static final long SLOT_SECONDS = 60;

    private final int threshold;
    private final int slots;
    private final Clock clock;
    private final AtomicLongArray counts;
    private final AtomicLongArray slotOf;

    FloodWatch(int threshold, Duration window, Clock clock) {
        this.threshold = threshold;
        this.slots = (int) Math.max(1, window.toSeconds() / SLOT_SECONDS);
        this.clock = clock;
        this.counts = new AtomicLongArray(slots);
        this.slotOf = new AtomicLongArray(slots);
    }

    /** One more public send (accepted or not). */
    void record() {
        long slot = currentSlot();
        int index = (int) (slot % slots);
        long seen = slotOf.get(index);
        if (seen != slot && slotOf.compareAndSet(index, seen, slot)) {
            counts.set(index, 0);
        }
        counts.incrementAndGet(index);
    }

    /** Whether the sends of the last window together pass the threshold. */
    boolean isFlooded() {
        return total() >= threshold;
    }

    long total() {
        long slot = currentSlot();
        long total = 0;
        for (int i = 0; i < slots; i++) {
            long at = slotOf.get(i);
            if (at > slot - slots && at <= slot) {
                total += counts.get(i);
            }
        }
        return total;
    }

    void clear() {
        for (int i = 0; i < slots; i++) {
            counts.set(i, 0);
            slotOf.set(i, -1);
        }
    }

    private long currentSlot() {
        return clock.instant().getEpochSecond() / SLOT_SECONDS;
    }
}
