/**
 * Stacks signals: normalises the subjects of signals and scores, explainably, whether two of them are the same person.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"signal", "organisations", "access", "audit", "retention"})
package nl.schakel.stacking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
