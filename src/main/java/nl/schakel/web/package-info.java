/**
 * The thin web shell: layout, navigation, start page, login page, language choice and error pages.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"access", "notifications", "audit", "stacking", "intake"})
package nl.schakel.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
