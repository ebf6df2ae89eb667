/**
 * Meetings where signals, cases and trends are discussed: series with a cadence, agendas with need-to-know, conduct
 * mode with one decision per item, and actions that carry over until done.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"signal", "access", "organisations", "audit", "forms", "retention"})
package nl.schakel.meetings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
