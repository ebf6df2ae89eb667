package nl.schakel.care.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.care.TrajectoryStatus;
import nl.schakel.retention.HoldReason;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetainedParts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A registry person in a trajectory that is not closed is kept (issue 15). */
@Component
class TrajectoryRetentionHold implements RetainedParts {

    private final JdbcClient jdbc;

    TrajectoryRetentionHold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RecordType type() {
        return RecordType.SUBJECT;
    }

    @Override
    public Optional<HoldReason> held(UUID id, LocalDate today) {
        int open = jdbc.sql("select count(*) from trajectory where subject_id = ? and status <> ?")
                .params(id, TrajectoryStatus.CLOSED.name()).query(Integer.class).single();
        return open > 0 ? Optional.of(HoldReason.OPEN_TRAJECTORY) : Optional.empty();
    }
}
