package nl.schakel.monitoring.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.monitoring.Scope;
import nl.schakel.monitoring.SubRegion;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Whose figures a person sees: an officer or analyst of a municipality their municipality, whatever the URL
 * asks; the chain director and a regional analyst their region, narrowed to a municipality or sub-region of it.
 */
@Component
class Viewers {

    private final Organisations organisations;

    Viewers(Organisations organisations) {
        this.organisations = organisations;
    }

    boolean isMunicipal(SchakelUser user) {
        return (user.hasRole(Role.DESIGNATED_OFFICER) || user.hasRole(Role.ANALYST))
                && type(user) == OrganisationType.MUNICIPALITY;
    }

    boolean isRegional(SchakelUser user) {
        return user.hasRole(Role.CHAIN_DIRECTOR) || user.hasRole(Role.ANALYST) && !isMunicipal(user);
    }

    Scope scope(SchakelUser user, @Nullable UUID municipality, @Nullable SubRegion subRegion) {
        if (isMunicipal(user)) {
            return Scope.municipality(user.regionId(), user.organisationId());
        }
        if (!isRegional(user)) {
            throw new AccessDeniedException("No figures for this role");
        }
        if (municipality != null && municipalities(user).stream().noneMatch(o -> o.id().value().equals(municipality))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return new Scope(user.regionId(), municipality, municipality == null ? subRegion : null);
    }

    /** The region's municipalities, for a regional person's filter. */
    List<Organisation> municipalities(SchakelUser user) {
        return organisations.inRegion(new RegionId(user.regionId())).stream()
                .filter(o -> o.type() == OrganisationType.MUNICIPALITY)
                .sorted(Comparator.comparing(Organisation::name)).toList();
    }

    String nameOf(UUID organisation) {
        return organisations.find(new OrganisationId(organisation)).map(Organisation::name).orElse("");
    }

    private @Nullable OrganisationType type(SchakelUser user) {
        return organisations.find(new OrganisationId(user.organisationId())).map(Organisation::type).orElse(null);
    }
}
