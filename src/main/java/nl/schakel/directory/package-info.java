/**
 * The partner directory (sociale kaart): who each chain partner is, what it does, what to send it and how to reach
 * it, confirmed by an administrator every six months; the public "Waar kan ik melden" page and the region's
 * privacy and accessibility statements.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"organisations", "access", "audit", "catalogue"})
package nl.schakel.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
