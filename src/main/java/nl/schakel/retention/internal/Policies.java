package nl.schakel.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetentionAction;
import nl.schakel.retention.RetentionPeriods;
import nl.schakel.retention.SourceDateRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The policy versions, append-only: a change is a new version from a day on, never an edit. */
@Component
public class Policies implements RetentionPeriods {

    private final JdbcClient jdbc;
    private final Clock clock;

    Policies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every version, per type and outcome in order, each with the day the next one takes over. */
    public List<Policy> all() {
        List<Row> rows = jdbc.sql("""
                select * from retention_policy order by record_type, outcome, effective_from""")
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), RecordType.valueOf(rs.getString("record_type")),
                        rs.getString("outcome"), rs.getInt("version"), rs.getInt("period_months"),
                        SourceDateRule.valueOf(rs.getString("source_rule")),
                        RetentionAction.valueOf(rs.getString("action")), rs.getString("legal_basis"),
                        rs.getObject("effective_from", LocalDate.class))).list();
        List<Policy> policies = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Row next = i + 1 < rows.size() ? rows.get(i + 1) : null;
            LocalDate until = next != null && next.type == r.type && next.outcome.equals(r.outcome)
                    ? next.effectiveFrom : null;
            policies.add(new Policy(r.id, r.type, r.outcome, r.version, r.periodMonths, r.rule, r.action,
                    r.legalBasis, r.effectiveFrom, until));
        }
        return policies;
    }

    @Override
    public Optional<LocalDate> dueOn(RecordType type, String outcome, LocalDate sourceDate) {
        return all().stream().filter(p -> p.type() == type && p.outcome().equals(outcome)
                        && !sourceDate.isBefore(p.effectiveFrom()) && (p.until() == null || sourceDate.isBefore(p.until())))
                .filter(p -> p.action() != RetentionAction.KEEP).findFirst().map(p -> p.dueOn(sourceDate));
    }

    /** The newest version of each type and outcome. */
    public List<Policy> current() {
        return all().stream().filter(p -> p.until() == null).toList();
    }

    public Optional<Policy> byId(UUID id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Adds the next version; its day must come after the current version's. Returns the new version's id. */
    public UUID addVersion(PolicyChange change, UUID by) {
        Optional<Policy> current = current().stream()
                .filter(p -> p.type() == change.type() && p.outcome().equals(change.outcome())).findFirst();
        if (current.isPresent() && !change.effectiveFrom().isAfter(current.get().effectiveFrom())) {
            throw new RetentionRefusedException("retention.refused.effectiveFrom");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into retention_policy (id, record_type, outcome, version, period_months, source_rule, action,
                    legal_basis, effective_from, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, change.type().name(), change.outcome(), current.map(p -> p.version() + 1).orElse(1),
                        change.periodMonths(), change.rule().name(), change.action().name(), change.legalBasis(),
                        change.effectiveFrom(), by, OffsetDateTime.now(clock)).update();
        return id;
    }

    /** A new version as asked for. */
    public record PolicyChange(RecordType type, String outcome, int periodMonths, SourceDateRule rule,
            RetentionAction action, String legalBasis, LocalDate effectiveFrom) {
    }

    private record Row(UUID id, RecordType type, String outcome, int version, int periodMonths, SourceDateRule rule,
            RetentionAction action, String legalBasis, LocalDate effectiveFrom) {
    }
}
