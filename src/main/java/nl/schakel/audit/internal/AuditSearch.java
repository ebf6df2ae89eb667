package nl.schakel.audit.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Filtered, paged reads of the audit trail for the administrator's viewer. */
@Component
public class AuditSearch {

    public static final int PAGE_SIZE = 50;

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The audit viewer's filter; every field is optional.
     *
     * @param page zero-based page number, newest records first
     */
    public record Filter(@Nullable String action, @Nullable String outcome, @Nullable LocalDate from,
            @Nullable LocalDate to, @Nullable String objectId, int page) {
    }

    public record Page(List<AuditRecord> records, boolean hasNext, int page) {
    }

    public Page find(Filter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (StringUtils.hasText(filter.action())) {
            where.add("action = :action");
            params.put("action", filter.action());
        }
        if (StringUtils.hasText(filter.outcome())) {
            where.add("outcome = :outcome");
            params.put("outcome", filter.outcome());
        }
        if (filter.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", filter.from().atStartOfDay(AMSTERDAM).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(AMSTERDAM).toOffsetDateTime());
        }
        if (StringUtils.hasText(filter.objectId())) {
            where.add("(object_id = :objectId or cast(user_id as text) = :objectId)");
            params.put("objectId", filter.objectId().strip());
        }
        String sql = "select " + AuditRecords.COLUMNS + " from audit_record"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by seq desc limit :limit offset :offset";
        int page = Math.max(0, filter.page());
        params.put("limit", PAGE_SIZE + 1);
        params.put("offset", page * PAGE_SIZE);
        List<AuditRecord> rows = jdbc.sql(sql).params(params).query(AuditRecords::map).list();
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, hasNext, page);
    }

    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_record order by action").query(String.class).list();
    }
}
