/**
 * Provides the embedded PostgreSQL that Schakel runs on when no external database is configured.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package nl.schakel.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
