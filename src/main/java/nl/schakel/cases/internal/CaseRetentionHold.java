package nl.schakel.cases.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.cases.CaseStatus;
import nl.schakel.retention.HoldReason;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetainedParts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A signal taken into a case that is not closed is kept (issue 15: hold "open case"). */
@Component
class CaseRetentionHold implements RetainedParts {

    private final JdbcClient jdbc;

    CaseRetentionHold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RecordType type() {
        return RecordType.SIGNAL;
    }

    @Override
    public Optional<HoldReason> held(UUID id, LocalDate today) {
        int open = jdbc.sql("""
                select count(*) from case_signal s join case_file c on c.id = s.case_id
                where s.signal_id = ? and c.status <> ?""").params(id, CaseStatus.CLOSED.name())
                .query(Integer.class).single();
        return open > 0 ? Optional.of(HoldReason.OPEN_CASE) : Optional.empty();
    }
}
