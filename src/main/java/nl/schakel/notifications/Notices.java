package nl.schakel.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The notices waiting for a person; reading one marks it read. */
@Service
public class Notices {

    private final JdbcClient jdbc;
    private final Clock clock;

    Notices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
