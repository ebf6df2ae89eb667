package nl.schakel.handling;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.access.UserDirectory;
import nl.schakel.handling.internal.HandlingRecords;
import nl.schakel.routing.ReferralTally;
import nl.schakel.routing.Referrals;
import nl.schakel.signal.SignalDesk;
import nl.schakel.signal.SignalFilter;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalStatus;
import nl.schakel.signal.SignalSummary;
import nl.schakel.stacking.ProposalsAwaitingReview;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The designated officer's workbench: the municipality's signals sorted into what needs doing — new,
 * in progress, waiting for a partner, overdue, closed — with acute ones on top, and two buckets that ask for this
 * officer: a classification waiting for their confirmation, a new message from the reporter (also on closed
 * signals), and proposed person links they may review (stacking decides which, by its own rules). Which signals an officer gets is decided in the signal module's SQL (their organisation only); this
 * only sorts them.
 */
@Service
public class Workbench {

    /** Where a signal stands; the first two are about this officer and cut across the others. */
    public enum Bucket {
        AWAITING_MY_CONFIRMATION, NEW_MESSAGE, PROPOSALS_TO_REVIEW, NEW, IN_PROGRESS, WAITING_FOR_PARTNER, OVERDUE,
        CLOSED;

        /** Whether a signal is in this bucket besides its place on the route. */
        public boolean asksForMe() {
            return this == AWAITING_MY_CONFIRMATION || this == NEW_MESSAGE || this == PROPOSALS_TO_REVIEW;
        }
    }

    /**
     * One signal on the workbench.
     *
     * @param awaiting the level waiting for a second officer's confirmation, or null
     * @param takenUpBy the name of who took the signal up, or null while nobody did
     */
    public record Item(SignalSummary signal, Bucket bucket, @Nullable ClassificationLevel level,
            @Nullable ClassificationLevel awaiting, int openReferrals, int overdueReferrals, @Nullable String takenUpBy) {
    }

    /** The counts per bucket (of everything that matched the filter) and the signals of the chosen bucket. */
    public record View(Map<Bucket, Integer> counts, List<Item> items, boolean truncated) {
    }

    private final SignalDesk desk;
    private final HandlingRecords records;
    private final Referrals referrals;
    private final UserDirectory users;
    private final ProposalsAwaitingReview proposals;

    Workbench(SignalDesk desk, HandlingRecords records, Referrals referrals, UserDirectory users,
            ProposalsAwaitingReview proposals) {
        this.proposals = proposals;
        this.desk = desk;
        this.records = records;
        this.referrals = referrals;
        this.users = users;
    }

    /**
     * Signals still on the route are sorted into their buckets here; the finished ones are only counted
     * (and searched for new messages) unless their bucket is chosen, so a long history never pushes open work out.
     *
     * @param bucket the bucket to list, or null for everything that is not closed
     */
    public View show(SchakelUser officer, SignalFilter filter, @Nullable Bucket bucket) {
        List<SignalSummary> open = desk.search(officer, filter, false);
        List<SignalSummary> finished = desk.search(officer, filter, true);
        Map<SignalId, ReferralTally> tallies = referrals.tallies(officer.organisationId(),
                open.stream().map(SignalSummary::id).toList());
        Asking asking = new Asking(officer, records.awaiting(open.stream().map(s -> s.id().value()).toList()),
                proposals.signals(officer));
        Map<Bucket, Integer> counts = new EnumMap<>(Bucket.class);
        for (Bucket b : Bucket.values()) {
            counts.put(b, 0);
        }
        Map<UUID, Bucket> buckets = new java.util.HashMap<>();
        List<SignalSummary> listed = new ArrayList<>();
        for (SignalSummary signal : open) {
            Bucket b = bucketOf(signal.status(), tallies.getOrDefault(signal.id(), ReferralTally.NONE));
            counts.merge(b, 1, Integer::sum);
            buckets.put(signal.id().value(), b);
            if (bucket == null || b == bucket || bucket.asksForMe() && asking.asks(bucket, signal)) {
                listed.add(signal);
            }
        }
        finished.forEach(s -> buckets.put(s.id().value(), Bucket.CLOSED));
        counts.put(Bucket.CLOSED, desk.count(officer, filter, true));
        for (SignalSummary signal : finished) {
            if (bucket == Bucket.CLOSED || bucket != null && bucket.asksForMe() && asking.asks(bucket, signal)) {
                listed.add(signal);
            }
        }
        for (Bucket mine : Bucket.values()) {
            if (mine.asksForMe()) {
                counts.put(mine, (int) (open.stream().filter(s -> asking.asks(mine, s)).count()
                        + finished.stream().filter(s -> asking.asks(mine, s)).count()));
            }
        }
        boolean truncated = (bucket == Bucket.CLOSED ? finished : open).size() >= SignalFilter.LIMIT;
        Map<UUID, ClassificationLevel> levels = records.currentLevels(listed.stream().map(s -> s.id().value()).toList());
        Set<UUID> people = new HashSet<>();
        listed.stream().map(SignalSummary::takenUpBy).filter(Objects::nonNull).forEach(people::add);
        Map<UUID, String> names = users.displayNames(people);
        List<Item> items = listed.stream().map(s -> {
            ReferralTally tally = tallies.getOrDefault(s.id(), ReferralTally.NONE);
            HandlingRecords.Awaiting waiting = asking.awaiting().get(s.id().value());
            return new Item(s, buckets.get(s.id().value()), levels.get(s.id().value()),
                    waiting == null ? null : waiting.level(), tally.open(), tally.overdue(),
                    s.takenUpBy() == null ? null : names.get(s.takenUpBy()));
        }).toList();
        return new View(counts, items, truncated);
    }

    /** What asks for this officer: classifications awaiting a second person, and signals with proposals to review. */
    private record Asking(SchakelUser officer, Map<UUID, HandlingRecords.Awaiting> awaiting, Set<SignalId> toReview) {

        /** Whether a signal asks for this officer: their confirmation (someone else decided), a message, a proposal. */
        boolean asks(Bucket bucket, SignalSummary signal) {
            return switch (bucket) {
                case NEW_MESSAGE -> signal.unreadReplies() > 0;
                case PROPOSALS_TO_REVIEW -> toReview.contains(signal.id());
                case AWAITING_MY_CONFIRMATION -> {
                    HandlingRecords.Awaiting waiting = awaiting.get(signal.id().value());
                    yield waiting != null && !waiting.decidedBy().equals(officer.userId());
                }
                default -> false;
            };
        }
    }

    static Bucket bucketOf(SignalStatus status, ReferralTally tally) {
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
