/**
 * Retention: policies per record type and outcome, holds, notices and extensions, the nightly job that anonymises or
 * deletes what is due through the owning modules' {@link nl.schakel.retention.RetainedRecords}, and the destruction
 * list.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"audit", "access", "forms"})
package nl.schakel.retention;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
