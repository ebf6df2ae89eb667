package nl.schakel.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signals taken into cases, oldest first, for another module's anonymised figures (care's CoMensha records).
 * Identifiers only; no person, no text.
 */
@Component
public class CaseSignals {

    private final JdbcClient jdbc;

    CaseSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UUID, List<UUID>> of(Collection<UUID> caseIds) {
        Map<UUID, List<UUID>> signals = new HashMap<>();
        if (caseIds.isEmpty()) {
            return signals;
        }
        jdbc.sql("select case_id, signal_id from case_signal where case_id in (:cases) order by added_at, signal_id")
                .param("cases", List.copyOf(caseIds))
                .query(rs -> {
                    signals.computeIfAbsent(rs.getObject(1, UUID.class), c -> new ArrayList<>())
                            .add(rs.getObject(2, UUID.class));
                });
        return signals;
    }
}
