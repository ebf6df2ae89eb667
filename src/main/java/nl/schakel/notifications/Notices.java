package nl.schakel.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalSummary;
import nl.schakel.signal.Signals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The notices waiting for a person; reading one marks it read. */
@Service
public class Notices {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Signals signals;

    Notices(JdbcClient jdbc, Clock clock, Signals signals) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.signals = signals;
    }

    /**
     * The unread notices, each naming its signal's reference and whether it is acute (issue 16). Notices about a
     * signal go only to the officers of the organisation that received it, so the reference is theirs to see.
     */
    public List<Notice> unreadNamed(UUID userId) {
        List<Notice> unread = unread(userId);
        Map<UUID, SignalSummary> about = signals.summaries(unread.stream().map(Notice::signalId)
                        .filter(Objects::nonNull).distinct().map(SignalId::new).toList()).stream()
                .collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
        return unread.stream().map(n -> {
            SignalSummary signal = n.signalId() == null ? null : about.get(n.signalId());
            return signal == null ? n : n.about(signal.reference(), signal.acute());
        }).toList();
    }

    public List<Notice> unread(UUID userId) {
        return jdbc.sql("""
                select id, kind, signal_id, referral_id, created_at, link from notice where recipient_id = ? and read_at is null
                order by created_at desc limit 50""")
                .param(userId)
                .query((rs, n) -> new Notice(rs.getObject("id", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
                        rs.getObject("signal_id", UUID.class), rs.getObject("referral_id", UUID.class),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("link")))
                .list();
    }

    /** A notice of this person, read or not, without changing it; other people's notices do not exist. */
    public Optional<Notice> find(UUID userId, UUID noticeId) {
        return jdbc.sql("select id, kind, signal_id, referral_id, created_at, link from notice where id = ? and recipient_id = ?")
                .params(noticeId, userId)
                .query((rs, n) -> new Notice(rs.getObject("id", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
                        rs.getObject("signal_id", UUID.class), rs.getObject("referral_id", UUID.class),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("link")))
                .optional();
    }

    /** Marks a notice of this person read and returns what it was about; other people's notices do not exist. */
    public Optional<Notice> open(UUID userId, UUID noticeId) {
        Optional<Notice> notice = unread(userId).stream().filter(n -> n.id().equals(noticeId)).findFirst();
        jdbc.sql("update notice set read_at = ? where id = ? and recipient_id = ? and read_at is null")
                .params(OffsetDateTime.now(clock), noticeId, userId).update();
        return notice;
    }
}
