package nl.schakel.handling;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.handling.internal.HandlingRecords;
import nl.schakel.signal.SignalDesk;
import nl.schakel.signal.SignalFilter;
import nl.schakel.signal.SignalStatus;
import nl.schakel.signal.SignalSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The designated officer's workbench: the municipality's signals sorted into what needs doing — new,
 * in progress, waiting for a partner, overdue, closed — with acute ones on top. Which signals an
 * officer gets is decided in the intake's SQL (their organisation only); this only sorts them.
 */
@Service
public class Workbench {

    public enum Bucket { NEW, IN_PROGRESS, WAITING_FOR_PARTNER, OVERDUE, CLOSED }

    /** One signal on the workbench. */
    public record Item(SignalSummary signal, Bucket bucket, @Nullable ClassificationLevel level, int openReferrals,
            int overdueReferrals) {
    }

    /** The counts per bucket (of everything that matched the filter) and the signals of the chosen bucket. */
    public record View(Map<Bucket, Integer> counts, List<Item> items, boolean truncated) {
    }

    private final SignalDesk desk;
    private final HandlingRecords records;
    private final ReferralCounts referrals;

    Workbench(SignalDesk desk, HandlingRecords records, ReferralCounts referrals) {
        this.desk = desk;
        this.records = records;
        this.referrals = referrals;
    }

    /**
     * Signals still on the route are sorted into their buckets here; the finished ones are only counted
     * unless their bucket is chosen, so a long history never pushes open work out of the list.
     *
     * @param bucket the bucket to list, or null for everything that is not closed
     */
    public View show(SchakelUser officer, SignalFilter filter, @Nullable Bucket bucket) {
        List<SignalSummary> open = desk.search(officer, filter, false);
        Map<UUID, ReferralCounts.Tally> tallies = referrals.tallies(officer.organisationId(),
                open.stream().map(s -> s.id().value()).toList());
        Map<Bucket, Integer> counts = new EnumMap<>(Bucket.class);
        for (Bucket b : Bucket.values()) {
            counts.put(b, 0);
        }
        List<SignalSummary> listed = new ArrayList<>();
        Map<UUID, Bucket> buckets = new java.util.HashMap<>();
        for (SignalSummary signal : open) {
            Bucket b = bucketOf(signal.status(), tallies.getOrDefault(signal.id().value(), ReferralCounts.Tally.NONE));
            counts.merge(b, 1, Integer::sum);
            buckets.put(signal.id().value(), b);
            if (bucket == null || b == bucket) {
                listed.add(signal);
            }
        }
        counts.put(Bucket.CLOSED, desk.count(officer, filter, true));
        boolean truncated = open.size() >= SignalFilter.LIMIT;
        if (bucket == Bucket.CLOSED) {
            listed = desk.search(officer, filter, true);
            listed.forEach(s -> buckets.put(s.id().value(), Bucket.CLOSED));
            truncated = listed.size() >= SignalFilter.LIMIT;
        }
        Map<UUID, ClassificationLevel> levels = records.currentLevels(listed.stream().map(s -> s.id().value()).toList());
        List<Item> items = listed.stream().map(s -> {
            ReferralCounts.Tally tally = tallies.getOrDefault(s.id().value(), ReferralCounts.Tally.NONE);
            return new Item(s, buckets.get(s.id().value()), levels.get(s.id().value()), tally.open(), tally.overdue());
        }).toList();
        return new View(counts, items, truncated);
    }

    static Bucket bucketOf(SignalStatus status, ReferralCounts.Tally tally) {
        if (status.isFinal()) {
            return Bucket.CLOSED;
        }
        if (tally.overdue() > 0) {
            return Bucket.OVERDUE;
        }
        if (tally.open() > 0) {
            return Bucket.WAITING_FOR_PARTNER;
        }
        return status == SignalStatus.RECEIVED ? Bucket.NEW : Bucket.IN_PROGRESS;
    }
}
