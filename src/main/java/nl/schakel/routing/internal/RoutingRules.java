package nl.schakel.routing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.schakel.organisations.Department;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.routing.RoutingFact;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The region's routing rules: the defaults for every region (unless switched off there) and the region's
 * own. A rule's target is an organisation, an organisation type (with department), or a default's
 * well-known organisation name.
 */
@Component
public class RoutingRules {

    private final JdbcClient jdbc;

    RoutingRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One rule as the administrator sees it.
     *
     * @param regional whether it belongs to the region (false: a default for every region)
     */
    public record Rule(UUID id, RoutingFact fact, @Nullable UUID targetOrganisationId,
            @Nullable OrganisationType targetType, @Nullable Department targetDepartment, @Nullable String targetName,
            boolean regional, boolean active) {

        boolean matches(Organisation organisation) {
            if (targetOrganisationId != null) {
                return organisation.id().value().equals(targetOrganisationId);
            }
            if (targetType != null) {
                return organisation.type() == targetType
                        && (targetDepartment == null || targetDepartment == organisation.department());
            }
            return organisation.name().equalsIgnoreCase(String.valueOf(targetName));
        }
    }

    /** All rules that exist for the region, active or not. */
    public List<Rule> forRegion(UUID regionId) {
        return jdbc.sql("""
                select r.id, r.fact, r.target_organisation_id, r.target_type, r.target_department, r.target_name,
                    r.region_id is not null as regional,
                    r.active and not exists (select 1 from routing_rule_disabled d where d.rule_id = r.id
                        and d.region_id = :region) as active
                from routing_rule r where r.region_id is null or r.region_id = :region
                order by r.fact, r.region_id nulls first, r.created_at""")
                .param("region", regionId)
                .query((rs, n) -> {
                    String type = rs.getString("target_type");
                    String department = rs.getString("target_department");
                    return new Rule(rs.getObject("id", UUID.class), RoutingFact.valueOf(rs.getString("fact")),
                            rs.getObject("target_organisation_id", UUID.class),
                            type == null ? null : OrganisationType.valueOf(type),
                            department == null ? null : Department.valueOf(department), rs.getString("target_name"),
                            rs.getBoolean("regional"), rs.getBoolean("active"));
                })
                .list();
    }

    /** For each partner a rule points at, the facts that made it point there (in rule order). */
    public Map<UUID, Set<RoutingFact>> recommend(UUID regionId, Set<RoutingFact> facts,
            Collection<Organisation> partners) {
        Map<UUID, Set<RoutingFact>> reasons = new LinkedHashMap<>();
        for (Rule rule : forRegion(regionId)) {
            if (!rule.active() || !facts.contains(rule.fact())) {
                continue;
            }
            partners.stream().filter(rule::matches).forEach(partner ->
                    reasons.computeIfAbsent(partner.id().value(), id -> new LinkedHashSet<>()).add(rule.fact()));
        }
        return reasons;
    }

    public UUID add(UUID regionId, RoutingFact fact, @Nullable UUID organisationId, @Nullable OrganisationType type,
            @Nullable Department department, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into routing_rule (id, region_id, fact, target_organisation_id, target_type, target_department,
                    created_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, regionId, fact.name(), organisationId, type == null ? null : type.name(),
                        department == null ? null : department.name(), ReferralStore.utc(now))
                .update();
        return id;
    }

    /** Switches a rule off for the region: its own rule is deactivated, a default is disabled for it only. */
    public boolean deactivate(UUID regionId, UUID ruleId, Instant now) {
        Optional<Rule> rule = forRegion(regionId).stream().filter(r -> r.id().equals(ruleId)).findFirst();
        if (rule.isEmpty()) {
            return false;
        }
        if (rule.get().regional()) {
            jdbc.sql("update routing_rule set active = false where id = ? and region_id = ?").params(ruleId, regionId)
                    .update();
        } else {
            jdbc.sql("insert into routing_rule_disabled (rule_id, region_id, disabled_at) values (?, ?, ?) "
                    + "on conflict do nothing").params(ruleId, regionId, ReferralStore.utc(now)).update();
        }
        return true;
    }

    static List<RoutingFact> sorted(Set<RoutingFact> facts) {
        List<RoutingFact> list = new ArrayList<>(facts);
        list.sort(null);
        return list;
    }
}
