/**
 * Decides who may log in and act for which organisation in which roles, and keeps their sessions.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"audit", "organisations", "sealing", "forms"})
package nl.schakel.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
