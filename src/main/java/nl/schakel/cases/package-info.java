/**
 * Cases (casussen) that follow from signals: one lead, participants who see only their scopes, milestones, interventions typed by their legal article, and an append-only case log.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"signal", "organisations", "access", "audit", "forms", "meetings", "monitoring", "retention"})
package nl.schakel.cases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
