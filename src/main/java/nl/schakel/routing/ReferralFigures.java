package nl.schakel.routing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A referral's moments and parties, for modules that keep figures (monitoring): no legal basis text, note,
 * reason or feedback — only identifiers, the status and timestamps.
 */
@Service
public class ReferralFigures {

    private final JdbcClient jdbc;

    ReferralFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param answeredAt the first acceptance or decline
     * @param feedbackAt the first feedback
     */
    public record ReferralFigure(ReferralId id, SignalId signalId, UUID partnerOrganisationId, ReferralStatus status,
            Instant sentAt, Instant dueAt, @Nullable Instant answeredAt, @Nullable Instant feedbackAt) {
    }

    public Optional<ReferralFigure> figure(ReferralId id) {
        return jdbc.sql("""
                select r.id, r.signal_id, r.partner_organisation_id, r.status, w.sent_at, r.due_at, w.answered_at,
                       w.feedback_at
                from referral r join referral_waiting_time w on w.referral_id = r.id where r.id = ?""")
                .param(id.value())
                .query((rs, n) -> new ReferralFigure(new ReferralId(rs.getObject(1, UUID.class)),
                        new SignalId(rs.getObject(2, UUID.class)), rs.getObject(3, UUID.class),
                        ReferralStatus.valueOf(rs.getString(4)),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, OffsetDateTime.class).toInstant(),
                        instant(rs.getObject(7, OffsetDateTime.class)),
                        instant(rs.getObject(8, OffsetDateTime.class))))
                .optional();
    }

    /** Every referral's id, oldest first. */
    public List<ReferralId> all() {
        return jdbc.sql("select id from referral order by created_at, id").query(UUID.class).list().stream()
                .map(ReferralId::new).toList();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
