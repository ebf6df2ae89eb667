/**
 * The versioned indicator catalogue (signalenkaart) and the forms of exploitation that signals are described with.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"audit", "access", "forms"})
package nl.schakel.catalogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
