/**
 * What every module uses about a signal of human trafficking: its id, status and route, its content in narrow read models, the officer's search and signal page, and who may see it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"audit", "access", "organisations", "attachments", "catalogue", "forms", "retention"})
package nl.schakel.signal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
