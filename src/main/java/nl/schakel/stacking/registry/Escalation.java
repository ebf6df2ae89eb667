package nl.schakel.stacking.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schakel.signal.Signals;
import nl.schakel.stacking.EscalatedLink;
import nl.schakel.stacking.EscalationProperties;
import nl.schakel.stacking.StackEscalated;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Decides whether a subject now has enough signals from enough distinct reporters within the window to tell the
 * officers — once per subject. A subject's signals include those of the persons it is probably the same as (open
 * proposals, issue 11): "waarschijnlijk dezelfde persoon" counts, marked as such, until a person decides. Whenever
 * the subject changes (a signal linked, a link confirmed or rejected, a merge split) its escalation is counted
 * again, without a second notice: a signal that no longer belongs to it is kept as removed, so the page can say so.
 */
@Component
public class Escalation {

    private final SubjectRegistry registry;
    private final EscalationStore store;
    private final Signals signals;
    private final ApplicationEventPublisher events;
    private final EscalationProperties properties;
    private final Clock clock;

    Escalation(SubjectRegistry registry, EscalationStore store, Signals signals, ApplicationEventPublisher events,
            EscalationProperties properties, Clock clock) {
        this.registry = registry;
        this.store = store;
        this.signals = signals;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The explanation of an escalation, as shown on the stack page.
     *
     * @param links per signal it counted once: how that signal is linked to the escalated subject now
     */
    public record Explanation(int signals, int reporters, int organisations, double score, Instant escalatedAt,
            Map<UUID, EscalatedLink> links, boolean holds) {

        /** Whether some counted link is only probable: the officers are asked to review it. */
        public boolean toReview() {
            return links.containsValue(EscalatedLink.PROBABLE);
        }
    }

    /** What a subject's signals add up to now, with how each signal is linked to it. */
    record Count(int signals, int reporters, int organisations, double score, Map<UUID, UUID> latestPerOrganisation,
            Map<UUID, EscalatedLink> links) {
    }

    /**
     * Linking a signal waits for any other signal's linking to commit first: two signals about one person received
     * at once (as the demo region seeds them) would otherwise not see each other, and be neither linked nor proposed.
     */
    void beforeLinking() {
        store.lock();
    }

    void afterLinking(UUID signal) {
        store.lock();
        for (SubjectRegistry.Mentioned mention : registry.mentionsOf(signal)) {
            evaluate(mention.subjectId(), signal);
        }
    }

    /** After a person decided on a link or split a merge: the escalations of these subjects are counted again. */
    void afterReview(UUID... subjects) {
        store.lock();
        for (UUID subject : subjects) {
            evaluate(subject, null);
        }
    }

    /** After a merge: an escalation of the person merged away now belongs to the person merged into. */
    void afterMerge(UUID from, UUID into) {
        store.lock();
        store.reanchor(from, into);
        afterReview(into, from);
    }

    /** The escalation of the subject or of a person it is probably the same as, if any. */
    public Optional<Explanation> explanation(UUID subject) {
        return store.among(store.cluster(subject)).map(this::explain);
    }

    /**
     * As {@link #explanation(UUID)}, looked at from a signal: when the subject has none, the escalation that
     * counted this signal once and no longer does (so that the page says the signal was removed from it).
     */
    public Optional<Explanation> explanation(UUID subject, UUID signal) {
        return explanation(subject).or(() -> store.removing(signal).map(this::explain));
    }

    private Explanation explain(EscalationStore.Stored stored) {
        return new Explanation(stored.signals(), stored.reporters(), stored.organisations(), stored.score(),
                stored.escalatedAt(), stored.links(), stored.signals() >= properties.minSignals()
                        && stored.reporters() >= properties.minReporters());
    }

    private void evaluate(UUID subject, @Nullable UUID trigger) {
        List<UUID> cluster = store.cluster(subject);
        Optional<EscalationStore.Stored> escalated = store.among(cluster);
        UUID anchor = escalated.map(EscalationStore.Stored::subjectId).orElse(cluster.get(0));
        Instant now = Instant.now(clock);
        Count count = count(anchor, cluster, now);
        if (escalated.isPresent()) {
            store.update(anchor, count, now);
            return;
        }
        if (trigger == null || count.signals() < properties.minSignals()
                || count.reporters() < properties.minReporters()) {
            return;
        }
        if (store.insert(anchor, trigger, count, now)) {
            events.publishEvent(new StackEscalated(anchor, count.latestPerOrganisation()));
        }
    }

    /** The signals within the window about the anchor (SAME) and the persons probably the same (PROBABLE). */
    private Count count(UUID anchor, List<UUID> cluster, Instant now) {
        List<UUID> anchorFirst = new java.util.ArrayList<>(List.of(anchor));
        cluster.stream().filter(s -> !s.equals(anchor)).forEach(anchorFirst::add);
        Map<UUID, UUID> mentioning = store.mentioning(anchorFirst);
        List<Signals.Holder> within = signals.holders(mentioning.keySet()).stream()
                .filter(h -> h.receivedAt().isAfter(now.minus(properties.window()))).toList();
        int reporters = (int) within.stream().map(Signals.Holder::reporterKey).distinct().count();
        Map<UUID, UUID> latestPerOrganisation = within.stream().collect(Collectors.groupingBy(
                Signals.Holder::receivingOrganisationId, Collectors.collectingAndThen(
                        Collectors.maxBy(Comparator.comparing(Signals.Holder::receivedAt)),
                        latest -> latest.orElseThrow().id().value())));
        double score = within.stream()
                .mapToDouble(h -> h.receivedAt().isAfter(now.minus(properties.recent())) ? 1.0 : 0.5).sum()
                + 0.5 * Math.max(0, reporters - 1) + 0.5 * Math.max(0, latestPerOrganisation.size() - 1);
        Map<UUID, EscalatedLink> links = new LinkedHashMap<>();
        within.forEach(h -> links.put(h.id().value(), mentioning.get(h.id().value()).equals(anchor)
                ? EscalatedLink.SAME : EscalatedLink.PROBABLE));
        return new Count(within.size(), reporters, latestPerOrganisation.size(), score, latestPerOrganisation,
                links);
    }
}
