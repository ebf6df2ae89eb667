package nl.schakel.audit;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns identifiers in audit records into names for the audit viewer. Modules that own users or
 * organisations implement this, so the audit trail itself stores only identifiers.
 */
public interface AuditNames {

    /** Names for those of the given ids this module knows; unknown ids are left out. */
    Map<UUID, String> namesOf(Set<UUID> ids);
}
