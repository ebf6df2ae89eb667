package nl.schakel.organisations;

import nl.schakel.testing.SchakelModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisations module alone (with the audit trail): deactivating publishes who may no longer act. */
@SchakelModuleTest(extraIncludes = "database")
class OrganisationsModuleIntegrationTests {

    @Autowired
    Organisations organisations;

    @Test
    void deactivatingAnOrganisationPublishesItsId(Scenario scenario) {
        Region region = organisations.createRegion("module-test", "Moduletest");
        Organisation partner = organisations.create(region.id(),
                new OrganisationForm("Zorg Moduletest", OrganisationType.CARE_PROVIDER, null));

        scenario.stimulate(() -> organisations.deactivate(region.id(), partner.id()))
                .andWaitForEventOfType(OrganisationDeactivated.class)
                .matchingMappedValue(OrganisationDeactivated::organisationId, partner.id())
                .toArrive();

        assertThat(organisations.isActiveIn(region.id(), partner.id())).isFalse();
    }
}
