package nl.schakel.access;

import java.util.EnumSet;
import java.util.Set;

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

    /** Roles whose holders report signals from their work: everyone but administrators and the chain director. */
    public static Set<Role> reporting() {
        return EnumSet.complementOf(EnumSet.of(ADMIN, CHAIN_DIRECTOR));
    }

    /** Roles of the chain partners that receive referrals (domain §3, route step 4). */
    public static Set<Role> partners() {
        return EnumSet.of(CARE_COORDINATOR, REPORTING_CENTRE, POLICE, LABOUR_INSPECTORATE, CARE_PROVIDER);
    }

    /** Roles whose holders take part in meetings (domain §9): officers, partners, analysts and the chain director. */
    public static Set<Role> meetingMembers() {
        return EnumSet.of(DESIGNATED_OFFICER, CARE_COORDINATOR, REPORTING_CENTRE, POLICE, LABOUR_INSPECTORATE,
                CHAIN_DIRECTOR, CARE_PROVIDER, ANALYST);
    }

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }
}
