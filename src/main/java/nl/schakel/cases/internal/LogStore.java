package nl.schakel.cases.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import nl.schakel.cases.CaseEnums.LogKind;
import nl.schakel.cases.CaseId;
import nl.schakel.cases.CaseScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only case log: this class only inserts and reads (the database refuses changes). */
@Repository
public class LogStore {

    private final JdbcClient jdbc;

    LogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record LogRow(UUID id, Instant occurredAt, LogKind kind, CaseScope scope, @Nullable UUID actorId,
            String code, @Nullable String text, @Nullable String legalBasis) {
    }

    public void append(CaseId caseId, LogKind kind, CaseScope scope, @Nullable UUID actorId, String code,
            @Nullable String text, @Nullable String legalBasis, Instant now) {
        jdbc.sql("""
                insert into case_log (id, case_id, occurred_at, kind, scope, actor_id, code, text, legal_basis)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), caseId.value(), CaseStore.at(now), kind.name(), scope.name(), actorId, code,
                        text, legalBasis)
                .update();
    }

    /** The entries in these scopes, newest first; the others do not exist for the caller. */
    public List<LogRow> entries(CaseId caseId, Collection<CaseScope> scopes) {
        if (scopes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from case_log where case_id = :case and scope in (:scopes)
                order by occurred_at desc, id""")
                .param("case", caseId.value()).param("scopes", scopes.stream().map(Enum::name).toList())
                .query((rs, n) -> new LogRow(rs.getObject("id", UUID.class),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        LogKind.valueOf(rs.getString("kind")), CaseScope.valueOf(rs.getString("scope")),
                        rs.getObject("actor_id", UUID.class), rs.getString("code"), rs.getString("text"),
                        rs.getString("legal_basis")))
                .list();
    }
}
