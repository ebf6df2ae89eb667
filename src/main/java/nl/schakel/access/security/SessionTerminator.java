package nl.schakel.access.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a user, on every instance: sessions live in PostgreSQL, indexed by the
 * principal's name, so deleting them there logs the person out everywhere at once.
 */
@Component
public class SessionTerminator {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    /** The session store exists only in the web application; command-line runs have no sessions to end. */
    SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    public void endSessionsOf(String username) {
        sessions.ifAvailable(store -> store.findByPrincipalName(username).keySet().forEach(store::deleteById));
    }

    /** Ends every session of a user but the one they are using now (e.g. after changing their own password). */
    public void endOtherSessionsOf(String username, String currentSessionId) {
        sessions.ifAvailable(store -> store.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(currentSessionId)).forEach(store::deleteById));
    }
}
