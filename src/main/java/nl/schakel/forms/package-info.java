/**
 * Post/Redirect/Get and one-time form tokens for every browser form: each POST form gets a fresh
 * {@code _form} token; the first arrival of a token does the work and records where it redirected to, every
 * later arrival of the same token (double click, reload, resend) is sent there with a 303 and changes
 * nothing. Redirects answer 303 See Other. Decision 0013.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package nl.schakel.forms;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
