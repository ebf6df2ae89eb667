package nl.schakel.routing.internal;

import java.util.UUID;

import nl.schakel.audit.AuditActor;
import org.jspecify.annotations.Nullable;

/**
 * Who changes a referral: a user, a partner system's token, or a secure link. Kept apart from the audit
 * actor because the history names users only.
 *
 * @param kind USER, API, SECURE_LINK or SYSTEM
 */
public record Actor(String kind, @Nullable UUID userId, @Nullable UUID apiTokenId, @Nullable AuditActor auditActor) {

    public static Actor user(UUID userId) {
        return new Actor("USER", userId, null, null);
    }

    public static Actor api(AuditActor client) {
        return new Actor("API", null, client.userId(), client);
    }

    public static Actor secureLink(AuditActor link) {
        return new Actor("SECURE_LINK", null, null, link);
    }
}
