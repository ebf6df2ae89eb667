package nl.schakel.care.internal;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schakel.access.Role;
import nl.schakel.access.UserDirectory;
import nl.schakel.care.NewTrajectory;
import nl.schakel.care.TrajectoryRefusedException;
import nl.schakel.catalogue.CatalogueItem;
import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.stacking.RegistryPersons;
import org.springframework.stereotype.Component;

/** What a new trajectory may name: a municipality of the region, a registry person of the region, known forms. */
@Component
public class TrajectoryChecks {

    private final Organisations organisations;
    private final RegistryPersons persons;
    private final IndicatorCatalogues catalogue;
    private final UserDirectory users;

    TrajectoryChecks(Organisations organisations, RegistryPersons persons, IndicatorCatalogues catalogue,
            UserDirectory users) {
        this.organisations = organisations;
        this.persons = persons;
        this.catalogue = catalogue;
        this.users = users;
    }

    /**
     * For a partner system: the region of its organisation, when the organisation coordinates care and the lead
     * named is one of its active care coordinators.
     *
     * @throws TrajectoryRefusedException naming the field that is wrong
     */
    public UUID regionForLead(UUID organisationId, UUID leadUserId) {
        var organisation = organisations.find(new OrganisationId(organisationId))
                .filter(o -> o.active() && o.type() == OrganisationType.CARE_COORDINATION)
                .orElseThrow(() -> new TrajectoryRefusedException(null, "care.api.notCareCoordination"));
        boolean coordinator = users.activeWithRole(organisationId, Role.CARE_COORDINATOR).stream()
                .anyMatch(m -> m.id().value().equals(leadUserId));
        if (!coordinator) {
            throw new TrajectoryRefusedException("leadUserId", "care.api.leadInvalid");
        }
        return organisation.regionId().value();
    }

    /** @throws TrajectoryRefusedException naming the field that is wrong */
    public void check(UUID regionId, NewTrajectory trajectory) {
        boolean municipality = organisations.find(new OrganisationId(trajectory.municipalityId()))
                .filter(o -> o.active() && o.type() == OrganisationType.MUNICIPALITY
                        && o.regionId().value().equals(regionId))
                .isPresent();
        if (!municipality) {
            throw new TrajectoryRefusedException("municipalityId", "care.municipality.invalid");
        }
        if (trajectory.subjectId() != null && !persons.isPerson(regionId, trajectory.subjectId())) {
            throw new TrajectoryRefusedException("subjectId", "care.subject.invalid");
        }
        Set<String> known = catalogue.current().exploitationForms().stream().map(CatalogueItem::code)
                .collect(Collectors.toSet());
        if (!known.containsAll(trajectory.exploitationForms())) {
            throw new TrajectoryRefusedException("exploitationForms", "care.forms.invalid");
        }
    }
}
