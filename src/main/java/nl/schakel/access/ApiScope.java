package nl.schakel.access;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a partner system may do with its API token. Endpoints check the matching authority, e.g.
 * {@code @PreAuthorize("hasAuthority('SCOPE_SIGNALS_WRITE')")}.
 */
public enum ApiScope {

    /** Post signals on behalf of the token's organisation. */
    SIGNALS_WRITE,

    /** Read and answer the referrals routed to the token's organisation. */
    REFERRALS,

    /** Read and start the care trajectories the token's organisation leads (care coordination). */
    TRAJECTORIES,

    /** Read the region's care offer and shelter capacity, and report the places of the organisation's own services. */
    CARE_OFFER,

    /** Read the cases the token's organisation participates in, within its scopes (issue 12). */
    CASES,

    /** Read the actions meetings gave to the token's organisation and mark them done (issue 12). */
    ACTIONS;

    public static final String AUTHORITY_PREFIX = "SCOPE_";

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority(AUTHORITY_PREFIX + name());
    }
}
