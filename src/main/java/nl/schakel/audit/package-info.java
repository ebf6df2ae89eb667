/**
 * Keeps the tamper-evident, append-only trail of who did what with which data, for whom and why.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package nl.schakel.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
