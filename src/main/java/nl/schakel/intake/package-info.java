/**
 * Receives signals of human trafficking — from the public form, from professionals and from partner systems — and keeps the conversation with their reporters.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"audit", "organisations", "access", "catalogue", "attachments", "sealing", "forms"})
package nl.schakel.intake;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
