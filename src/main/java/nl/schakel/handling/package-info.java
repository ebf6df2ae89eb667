/**
 * The designated officer's handling of a signal on the reporting route: workbench, enrichment, classification with four eyes, feedback to the reporter and closing.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"signal", "stacking", "routing", "catalogue", "access", "audit", "organisations", "forms", "meetings", "retention"})
package nl.schakel.handling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
