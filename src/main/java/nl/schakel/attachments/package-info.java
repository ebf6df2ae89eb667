/**
 * Keeps files sent with signals: checked by content, stripped of metadata, sealed, and given out only to the owner's callers.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"sealing", "retention"})
package nl.schakel.attachments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
