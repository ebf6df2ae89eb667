/**
 * The channels through which signals of human trafficking arrive — the public form, professionals and partner systems — with receipt codes, follow-up, the conversation with reporters and their sealed identities.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"signal", "audit", "organisations", "access", "catalogue", "attachments", "sealing", "forms", "retention"})
package nl.schakel.intake;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
