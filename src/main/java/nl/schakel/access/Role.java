package nl.schakel.access;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The roles a user can hold in their organisation (domain §3). */
public enum Role {
    REPORTER,
    MANAGER,
    DESIGNATED_OFFICER,
    CARE_COORDINATOR,
    REPORTING_CENTRE,
    POLICE,
    LABOUR_INSPECTORATE,
    CHAIN_DIRECTOR,
    CARE_PROVIDER,
    ANALYST,
    ADMIN;

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }
}
