package nl.schakel.access.security;

import nl.schakel.organisations.OrganisationDeactivated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When an organisation is deactivated, everyone acting for it is logged out. */
@Component
class OrganisationDeactivationListener {

    private final JdbcClient jdbc;
    private final SessionTerminator sessions;

    OrganisationDeactivationListener(JdbcClient jdbc, SessionTerminator sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    @ApplicationModuleListener
    void on(OrganisationDeactivated event) {
        jdbc.sql("select username from app_user where organisation_id = ?").param(event.organisationId().value())
                .query(String.class).list()
                .forEach(sessions::endSessionsOf);
    }
}
