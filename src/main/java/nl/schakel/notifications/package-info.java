/**
 * Tells people that something awaits them: a notice in Schakel and, when SMTP is configured, an e-mail that carries only a link.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"access", "signal", "intake", "stacking", "routing", "handling", "care", "shelter", "cases", "retention"})
package nl.schakel.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
