/**
 * Seals and unseals the most sensitive values (reporter identities, attachments) with authenticated encryption.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package nl.schakel.sealing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
