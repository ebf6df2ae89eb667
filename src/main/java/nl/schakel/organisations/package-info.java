/**
 * Holds the region and the organisations within it — municipalities and chain partners — that are Schakel's tenants.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"audit", "forms"})
package nl.schakel.organisations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
