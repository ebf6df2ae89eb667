/**
 * Routes signals to chain partners (doorzetten) with a legal basis and only the parts needed, and follows each referral until the partner's feedback is in.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"signal", "organisations", "access", "audit", "attachments", "forms", "catalogue", "directory", "retention"})
package nl.schakel.routing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
