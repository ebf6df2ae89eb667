package nl.schakel.signal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.audit.AuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signals in the audit viewer go by their reference instead of their id (issue 16). Only the reference: it says
 * nothing about the signal's content, and the viewer is for administrators who supervise the trail.
 */
@Component
class SignalAuditNames implements AuditNames {

    private final JdbcClient jdbc;

    SignalAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> namesOf(Set<UUID> ids) {
        Map<UUID, String> references = new HashMap<>();
        if (ids.isEmpty()) {
            return references;
        }
        jdbc.sql("select id, reference from signal where id in (:ids)").param("ids", ids)
                .query(rs -> {
                    references.put(rs.getObject("id", UUID.class), rs.getString("reference"));
                });
        return references;
    }
}
