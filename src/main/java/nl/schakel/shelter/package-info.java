/**
 * The region's care offer, the shelter capacity board that providers keep current, placement search that explains
 * itself, unmet needs, and placement requests that never give one place twice.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"organisations", "access", "audit", "sealing", "forms", "stacking", "care", "monitoring", "retention"})
package nl.schakel.shelter;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
