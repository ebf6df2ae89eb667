package nl.schakel.routing;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.organisations.Department;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.routing.internal.PartnerSettings;
import nl.schakel.routing.internal.RoutingRules;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's routing rules and partners' feedback days, for their own region only. Audited. */
@Service
public class RoutingAdministration {

    private static final String PURPOSE = "ADMINISTRATION";

    private final RoutingRules rules;
    private final PartnerSettings settings;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    RoutingAdministration(RoutingRules rules, PartnerSettings settings, Organisations organisations, AuditTrail audit,
            Clock clock) {
        this.rules = rules;
        this.settings = settings;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    public List<RoutingRules.Rule> rules(SchakelUser admin) {
        return rules.forRegion(region(admin));
    }

    public List<Organisation> organisations(SchakelUser admin) {
        return organisations.inRegion(new RegionId(region(admin)));
    }

    /** Feedback days per organisation: own setting or the default for its type. */
    public Map<UUID, Integer> configuredDays() {
        return settings.configured();
    }

    public int defaultDays(OrganisationType type) {
        return PartnerSettings.defaultDays(type);
    }

    /**
     * Adds a rule: the fact recommends a specific organisation of the region, or every organisation of a type.
     *
     * @throws ReferralRejectedException when neither or both are given, or the organisation is not the region's
     */
    @Transactional
    public UUID addRule(SchakelUser admin, RoutingFact fact, @Nullable UUID organisationId,
            @Nullable OrganisationType type, @Nullable Department department) {
        if ((organisationId == null) == (type == null)) {
            throw new ReferralRejectedException("target", "routing.rule.target.required");
        }
        if (organisationId != null && organisations(admin).stream()
                .noneMatch(o -> o.id().value().equals(organisationId))) {
            throw new ReferralRejectedException("target", "routing.rule.target.required");
        }
        if (type != null && department != null && !type.hasDepartments()) {
            throw new ReferralRejectedException("department", "routing.rule.department.mismatch");
        }
        UUID id = rules.add(region(admin), fact, organisationId, type, department, clock.instant());
        audit.record(AuditEvent.success("ROUTING_RULE_CREATED", "ROUTING_RULE", id, PURPOSE));
        return id;
    }

    @Transactional
    public boolean deactivateRule(SchakelUser admin, UUID ruleId) {
        boolean done = rules.deactivate(region(admin), ruleId, clock.instant());
        if (done) {
            audit.record(AuditEvent.success("ROUTING_RULE_DEACTIVATED", "ROUTING_RULE", ruleId, PURPOSE));
        }
        return done;
    }

    /** @throws ReferralRejectedException when the days are out of range or the organisation is not the region's */
    @Transactional
    public void setFeedbackDays(SchakelUser admin, UUID organisationId, int days) {
        if (days < 1 || days > 365) {
            throw new ReferralRejectedException("days", "routing.days.range");
        }
        if (organisations(admin).stream().noneMatch(o -> o.id().value().equals(organisationId))) {
            throw new ReferralRejectedException("organisationId", "routing.rule.target.required");
        }
        settings.set(organisationId, days, clock.instant());
        audit.record(AuditEvent.success("PARTNER_SETTING_CHANGED", "ORGANISATION", organisationId, PURPOSE));
    }

    private static UUID region(SchakelUser admin) {
        if (!admin.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("administrators only");
        }
        return admin.regionId();
    }
}
