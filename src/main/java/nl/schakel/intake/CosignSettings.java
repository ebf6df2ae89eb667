package nl.schakel.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.intake.internal.CosignStore;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which organisations ask their managers to co-sign their professionals' signals (route step 1, decision 0034).
 * Off unless an administrator switches it on for an organisation of their region.
 */
@Service
public class CosignSettings {

    private final CosignStore store;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    CosignSettings(CosignStore store, Organisations organisations, AuditTrail audit, Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The active organisations of the administrator's region, each with whether it asks for co-signing. */
    public List<Setting> forRegion(SchakelUser admin) {
        Set<UUID> requiring = Set.copyOf(store.requiring());
        return organisations.inRegion(new RegionId(admin.regionId())).stream().filter(Organisation::active)
                .map(o -> new Setting(o, requiring.contains(o.id().value()))).toList();
    }

    /** @return false when the organisation is not one of the administrator's region */
    @Transactional
    public boolean set(SchakelUser admin, UUID organisationId, boolean required) {
        if (!organisations.isActiveIn(new RegionId(admin.regionId()), new OrganisationId(organisationId))) {
            return false;
        }
        store.setRequired(organisationId, required, admin.userId(), OffsetDateTime.now(clock));
        audit.record(AuditEvent.success(required ? "COSIGNING_SWITCHED_ON" : "COSIGNING_SWITCHED_OFF",
                "ORGANISATION", organisationId, "ADMINISTRATION"));
        return true;
    }

    /** For the demo region, without a person acting: the organisation asks for co-signing. */
    @Transactional
    public void switchOnForDemo(UUID organisationId) {
        store.setRequired(organisationId, true, null, OffsetDateTime.now(clock));
    }

    public record Setting(Organisation organisation, boolean required) {
    }
}
