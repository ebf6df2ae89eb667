package nl.schakel.shelter;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.organisations.Organisations;
import nl.schakel.shelter.internal.AddressVault;
import nl.schakel.shelter.internal.ServiceStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's care offer. A care provider maintains its own services (and their sealed addresses, which it can
 * write but not read back); the care coordinator reads all of the region's.
 */
@Service
public class CareOffer {

    private final ServiceStore services;
    private final AddressVault addresses;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    CareOffer(ServiceStore services, AddressVault addresses, Organisations organisations, AuditTrail audit,
            Clock clock) {
        this.services = services;
        this.addresses = addresses;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The coordinator sees the region's offer, a provider its own; others nothing. */
    public List<CareService> visibleTo(SchakelUser user) {
        if (user.hasRole(Role.CARE_COORDINATOR)) {
            return named(services.inRegion(user.regionId()));
        }
        if (user.hasRole(Role.CARE_PROVIDER)) {
            return named(services.ofProvider(user.regionId(), user.organisationId()));
        }
        return List.of();
    }

    /** The region's whole offer, for search, export and the API of the region. */
    public List<CareService> inRegion(UUID regionId) {
        return named(services.inRegion(regionId));
    }

    /** One of the provider's own services, for editing. */
    public Optional<CareService> own(SchakelUser provider, UUID id) {
        return services.find(provider.regionId(), id)
                .filter(s -> provider.hasRole(Role.CARE_PROVIDER) && s.providerOrganisationId().equals(provider.organisationId()));
    }

    /** The provider organisation of a service. */
    public Optional<UUID> providerOf(UUID serviceId) {
        return services.providerOf(serviceId);
    }

    /** Only for {@link Placements#address}, which checks and audits the read. */
    Optional<String> unsealAddress(UUID serviceId) {
        return addresses.unseal(serviceId);
    }

    public boolean hasAddress(UUID serviceId) {
        return addresses.has(serviceId);
    }

    /**
     * Saves one of the provider's own services (a new one when id is null) and, when given, its address sealed.
     *
     * @throws UnknownServiceException when the id is not one of the provider's services
     */
    @Transactional
    public UUID save(SchakelUser provider, @Nullable UUID id, ServiceDescription description,
            @Nullable String address) {
        if (!provider.hasRole(Role.CARE_PROVIDER)) {
            throw new UnknownServiceException();
        }
        UUID serviceId = id;
        if (serviceId == null) {
            serviceId = services.idOf(provider.organisationId(), description.name()).orElse(UUID.randomUUID());
        } else if (own(provider, serviceId).isEmpty()) {
            throw new UnknownServiceException();
        }
        saveFor(provider.regionId(), provider.organisationId(), serviceId, description, address);
        return serviceId;
    }

    /** Saves a service of any provider of the region (import, demo): upsert by provider and name. */
    @Transactional
    public UUID saveAsRegion(UUID regionId, UUID providerId, ServiceDescription description, @Nullable String address) {
        UUID serviceId = services.idOf(providerId, description.name()).orElse(UUID.randomUUID());
        saveFor(regionId, providerId, serviceId, description, address);
        return serviceId;
    }

    private void saveFor(UUID regionId, UUID providerId, UUID serviceId, ServiceDescription description,
            @Nullable String address) {
        services.save(serviceId, regionId, providerId, description, clock.instant());
        if (address != null && !address.isBlank()) {
            addresses.store(serviceId, address.strip());
            audit.record(AuditEvent.success("SHELTER_ADDRESS_WRITTEN", "CARE_SERVICE", serviceId, "CARE_OFFER"));
        }
        audit.record(AuditEvent.success("CARE_SERVICE_SAVED", "CARE_SERVICE", serviceId, "CARE_OFFER"));
    }

    private List<CareService> named(List<CareService> list) {
        Set<UUID> ids = new HashSet<>();
        list.forEach(s -> ids.add(s.providerOrganisationId()));
        Map<UUID, String> names = organisations.namesOf(ids);
        return list.stream().map(s -> new CareService(s.id(), s.providerOrganisationId(),
                names.getOrDefault(s.providerOrganisationId(), ""), s.name(), s.kind(), s.forms(), s.sexes(),
                s.minAge(), s.maxAge(), s.target(), s.acceptsUndocumented(), s.acceptsUnaccompaniedMinors(),
                s.areas(), s.contraIndications(), s.withSupport(), s.languages(), s.intakeRoute(), s.payer(),
                s.waitingDays(), s.verifiedOn())).toList();
    }
}
