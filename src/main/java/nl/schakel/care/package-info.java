/**
 * Victim care: trajectories with their lead care coordinator, needs, consent, the B8 reflection period and the non-punishment flag.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"audit", "access", "organisations", "forms", "stacking", "routing", "signal", "catalogue", "cases", "monitoring", "retention"})
package nl.schakel.care;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
