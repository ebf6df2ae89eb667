/**
 * Monitoring and reports: figures kept from events by documented counting rules, the dashboard per role and
 * scope, the council report (PDF, xlsx), the Regietafel view with small cells suppressed, and the regional
 * victims table.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"signal", "routing", "handling", "organisations", "access", "audit",
        "forms"})
package nl.schakel.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
