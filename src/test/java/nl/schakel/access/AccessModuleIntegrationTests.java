package nl.schakel.access;

import java.util.Set;

import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationDeactivated;
import nl.schakel.organisations.OrganisationForm;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.Region;
import nl.schakel.testing.SchakelModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/** The access module with what it depends on: it ends the sessions of everyone acting for a deactivated organisation. */
@SchakelModuleTest
class AccessModuleIntegrationTests {

    @Autowired
    Organisations organisations;
    @Autowired
    UserAdministration users;
    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void anOrganisationsDeactivationEndsTheSessionsOfItsPeopleOnly(Scenario scenario) {
        Region region = organisations.createRegion("access-module", "Toegang moduletest");
        Organisation closing = organisation(region, "Zorg die stopt");
        Organisation staying = organisation(region, "Zorg die blijft");
        String leaving = user(region, closing, "zorg.stopt");
        String remaining = user(region, staying, "zorg.blijft");
        sessionOf(leaving);
        sessionOf(remaining);

        scenario.publish(new OrganisationDeactivated(closing.id()))
                .andWaitForStateChange(() -> sessions.findByPrincipalName(leaving).isEmpty(), Boolean::booleanValue)
                .andVerify(ended -> assertThat(sessions.findByPrincipalName(remaining)).hasSize(1));
    }

    private Organisation organisation(Region region, String name) {
        return organisations.create(region.id(), new OrganisationForm(name, OrganisationType.CARE_PROVIDER, null));
    }

    private String user(Region region, Organisation organisation, String username) {
        users.createWithPassword(region.id(), new UserForm(username, username, null, organisation.id().value(),
                Set.of(Role.CARE_PROVIDER)), "een-lang-test-wachtwoord");
        return username;
    }

    private void sessionOf(String username) {
        save(sessions, username);
        assertThat(sessions.findByPrincipalName(username)).hasSize(1);
    }

    private static <S extends Session> void save(FindByIndexNameSessionRepository<S> store, String username) {
        S session = store.createSession();
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username);
        store.save(session);
    }
}
