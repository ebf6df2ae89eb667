package nl.schakel.stacking.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schakel.signal.Signals;
import nl.schakel.stacking.EscalationProperties;
import nl.schakel.stacking.StackEscalated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides, after a signal has been linked, whether one of its subjects now has enough signals from
 * enough distinct reporters within the window to tell the officers (once per subject).
 */
@Component
public class Escalation {

    private final SubjectRegistry registry;
    private final Signals signals;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final EscalationProperties properties;
    private final Clock clock;

    Escalation(SubjectRegistry registry, Signals signals, JdbcClient jdbc, ApplicationEventPublisher events,
            EscalationProperties properties, Clock clock) {
        this.registry = registry;
        this.signals = signals;
        this.jdbc = jdbc;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** The explanation of an escalation, as shown on the stack page. */
    public record Explanation(int signals, int reporters, int organisations, double score, Instant escalatedAt) {
    }

    void afterLinking(UUID signal) {
        for (SubjectRegistry.Mentioned mention : registry.mentionsOf(signal)) {
            if (explanation(mention.subjectId()).isEmpty()) {
                consider(mention.subjectId(), signal);
            }
        }
    }

    public Optional<Explanation> explanation(UUID subject) {
        return jdbc.sql("select signals, reporters, organisations, score, escalated_at from subject_escalation "
                        + "where subject_id = ?")
                .param(subject)
                .query((rs, n) -> new Explanation(rs.getInt("signals"), rs.getInt("reporters"),
                        rs.getInt("organisations"), rs.getDouble("score"),
                        rs.getObject("escalated_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    private void consider(UUID subject, UUID trigger) {
        Instant now = Instant.now(clock);
        List<Signals.Holder> within = signals.holders(registry.signalsMentioning(subject, null)).stream()
                .filter(h -> h.receivedAt().isAfter(now.minus(properties.window()))).toList();
        int reporters = (int) within.stream().map(Signals.Holder::reporterKey).distinct().count();
        if (within.size() < properties.minSignals() || reporters < properties.minReporters()) {
            return;
        }
        Map<UUID, UUID> latestPerOrganisation = within.stream().collect(Collectors.groupingBy(
                Signals.Holder::receivingOrganisationId, Collectors.collectingAndThen(
                        Collectors.maxBy(Comparator.comparing(Signals.Holder::receivedAt)),
                        latest -> latest.orElseThrow().id().value())));
        double score = within.stream()
                .mapToDouble(h -> h.receivedAt().isAfter(now.minus(properties.recent())) ? 1.0 : 0.5).sum()
                + 0.5 * (reporters - 1) + 0.5 * (latestPerOrganisation.size() - 1);
        int inserted = jdbc.sql("""
                insert into subject_escalation (subject_id, signal_id, signals, reporters, organisations, score,
                    escalated_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(subject, trigger, within.size(), reporters, latestPerOrganisation.size(), score,
                        OffsetDateTime.ofInstant(now, clock.getZone()))
                .update();
        if (inserted == 1) {
            events.publishEvent(new StackEscalated(subject, latestPerOrganisation));
        }
    }
}
