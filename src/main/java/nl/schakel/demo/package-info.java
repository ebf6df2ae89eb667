/**
 * Seeds the demo region Midden-Nederland into an empty embedded database, so Schakel can be tried at once.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"access", "organisations", "meetings", "directory", "monitoring", "intake", "signal", "routing", "care", "shelter", "cases", "handling"})
package nl.schakel.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
