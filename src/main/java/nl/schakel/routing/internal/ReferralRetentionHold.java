package nl.schakel.routing.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.retention.HoldReason;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetainedParts;
import nl.schakel.routing.ReferralStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A signal with a referral a partner still works on is kept (issue 15: hold "open referral"). */
@Component
class ReferralRetentionHold implements RetainedParts {

    private final JdbcClient jdbc;

    ReferralRetentionHold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RecordType type() {
        return RecordType.SIGNAL;
    }

    @Override
    public Optional<HoldReason> held(UUID id, LocalDate today) {
        int open = jdbc.sql("select count(*) from referral where signal_id = ? and status in (?, ?, ?)")
                .params(id, ReferralStatus.SENT.name(), ReferralStatus.ACCEPTED.name(),
                        ReferralStatus.IN_PROGRESS.name()).query(Integer.class).single();
        return open > 0 ? Optional.of(HoldReason.OPEN_REFERRAL) : Optional.empty();
    }
}
