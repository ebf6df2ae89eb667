package nl.schakel.retention.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.retention.Due;
import nl.schakel.retention.HoldReason;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetainedParts;
import nl.schakel.retention.RetainedRecords;
import nl.schakel.retention.RetentionAction;
import nl.schakel.retention.RetentionHolds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What is due: per policy version, the owning module's records whose period has passed, less those already on the
 * destruction list and those the owner extended; and whether a record is held (a manual hold, the owner, its parts).
 */
@Component
public class RetentionPlan implements RetentionHolds {

    static final int BATCH_LIMIT = 500;

    private final Policies policies;
    private final ObjectProvider<RetainedRecords> owners;
    private final ObjectProvider<RetainedParts> parts;
    private final JdbcClient jdbc;

    RetentionPlan(Policies policies, ObjectProvider<RetainedRecords> owners, ObjectProvider<RetainedParts> parts,
            JdbcClient jdbc) {
        this.policies = policies;
        this.owners = owners;
        this.parts = parts;
        this.jdbc = jdbc;
    }

    Map<RecordType, RetainedRecords> owners() {
        Map<RecordType, RetainedRecords> byType = new EnumMap<>(RecordType.class);
        owners.orderedStream().forEach(o -> byType.put(o.type(), o));
        return byType;
    }

    /** The outcomes the owners' policies may distinguish, for the policy form. */
    public List<String> outcomes() {
        return owners.orderedStream().flatMap(o -> o.outcomes().stream()).distinct().toList();
    }

    List<RetainedParts> partsOf(RecordType type) {
        return parts.orderedStream().filter(p -> p.type() == type).toList();
    }

    /** The records due on {@code today}, each with its hold if one applies; a policy that keeps plans nothing. */
    public List<Planned> dueOn(LocalDate today) {
        List<Planned> planned = new ArrayList<>();
        for (Policy policy : policies.all()) {
            if (policy.action() == RetentionAction.KEEP) {
                continue;
            }
            for (Due due : candidates(policy, policy.cutoff(today))) {
                if (!destroyed(policy.type(), due.id()) && !extendedBeyond(policy.type(), due.id(), today)) {
                    planned.add(new Planned(policy.type(), due.id(), policy, policy.dueOn(due.sourceDate()),
                            due.ownerId(), held(policy.type(), due.id(), today).orElse(null)));
                }
            }
        }
        return planned;
    }

    /** The records of a policy version whose source date is on or before the cutoff. */
    List<Due> candidates(Policy policy, LocalDate cutoff) {
        RetainedRecords owner = owners().get(policy.type());
        if (owner == null || cutoff.isBefore(policy.effectiveFrom())) {
            return List.of();
        }
        return owner.due(policy.asRule(), policy.asRule().lastSourceDate(cutoff), BATCH_LIMIT);
    }

    @Override
    public Optional<HoldReason> held(RecordType type, UUID id, LocalDate today) {
        if (jdbc.sql("select count(*) from retention_hold where record_type = ? and record_id = ? and lifted_at is null")
                .params(type.name(), id).query(Integer.class).single() > 0) {
            return Optional.of(HoldReason.AUTHORITY_REQUEST);
        }
        RetainedRecords owner = owners().get(type);
        Optional<HoldReason> reason = owner == null ? Optional.empty() : owner.held(id, today);
        for (RetainedParts part : partsOf(type)) {
            if (reason.isPresent()) {
                break;
            }
            reason = part.held(id, today);
        }
        return reason;
    }

    boolean destroyed(RecordType type, UUID id) {
        return jdbc.sql("select count(*) from retention_destruction where record_type = ? and record_id = ?")
                .params(type.name(), id).query(Integer.class).single() > 0;
    }

    private boolean extendedBeyond(RecordType type, UUID id, LocalDate today) {
        return jdbc.sql("""
                select count(*) from retention_extension where record_type = ? and record_id = ? and extended_until > ?""")
                .params(type.name(), id, today).query(Integer.class).single() > 0;
    }
}
