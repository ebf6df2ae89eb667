/**
 * The administrator's screens for the organisations of the region and the people who work in Schakel.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"access", "organisations", "forms"})
package nl.schakel.administration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
