package nl.schakel.attachments.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.schakel.attachments.AttachmentContent;
import nl.schakel.attachments.AttachmentId;
import nl.schakel.attachments.AttachmentInfo;
import nl.schakel.attachments.Attachments;
import nl.schakel.attachments.Upload;
import nl.schakel.sealing.Sealer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps attachments in PostgreSQL, name and content sealed with a context naming the row's id, owner
 * and content type: a row moved to another owner, or with its type changed, no longer unseals. Files
 * are checked and cleaned before the transaction starts (that takes a while for large photos), then
 * inserted together, joining the caller's transaction if there is one.
 */
@Service
class JdbcAttachments implements Attachments {

    private static final Pattern OWNER_TYPE = Pattern.compile("[A-Z][A-Z_]{0,39}");
    private static final String INFO_COLUMNS = "id, owner_type, owner_id, sealed_filename, content_type, size, stored_at";

    private final JdbcClient jdbc;
    private final Sealer sealer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    JdbcAttachments(JdbcClient jdbc, Sealer sealer, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public List<AttachmentInfo> store(String ownerType, UUID ownerId, List<Upload> uploads) {
        requireOwnerType(ownerType);
        List<CleanFile> files = AttachmentRules.check(uploads);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
        return Objects.requireNonNull(transaction.execute(
                status -> files.stream().map(file -> insert(ownerType, ownerId, file, now)).toList()));
    }

    @Override
    public List<AttachmentInfo> list(String ownerType, UUID ownerId) {
        requireOwnerType(ownerType);
        return jdbc.sql("select " + INFO_COLUMNS + " from attachment where owner_type = ? and owner_id = ? order by seq")
                .params(ownerType, ownerId).query(this::info).list();
    }

    @Override
    public AttachmentContent read(AttachmentId id, String ownerType, UUID ownerId) {
        requireOwnerType(ownerType);
        return jdbc.sql("select " + INFO_COLUMNS + ", sealed_content from attachment"
                        + " where id = ? and owner_type = ? and owner_id = ?")
                .params(id.value(), ownerType, ownerId)
                .query((rs, n) -> {
                    AttachmentInfo info = info(rs, n);
                    return new AttachmentContent(info,
                            sealer.unseal(rs.getBytes("sealed_content"), contentContext(info, ownerType, ownerId)));
                })
                .optional().orElseThrow(() -> new NoSuchElementException("no such attachment for this owner"));
    }

    @Override
    public int deleteAll(String ownerType, UUID ownerId) {
        requireOwnerType(ownerType);
        return jdbc.sql("delete from attachment where owner_type = ? and owner_id = ?").params(ownerType, ownerId)
                .update();
    }

    private AttachmentInfo insert(String ownerType, UUID ownerId, CleanFile file, Instant now) {
        AttachmentInfo info = new AttachmentInfo(new AttachmentId(UUID.randomUUID()), file.filename(),
                file.type().contentType(), file.bytes().length, now);
        jdbc.sql("""
                insert into attachment (id, owner_type, owner_id, sealed_filename, content_type, size, sealed_content,
                                        stored_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(info.id().value(), ownerType, ownerId,
                        sealer.seal(file.filename().getBytes(StandardCharsets.UTF_8),
                                nameContext(info.id(), ownerType, ownerId)),
                        info.contentType(), info.size(),
                        sealer.seal(file.bytes(), contentContext(info, ownerType, ownerId)),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        return info;
    }

    private AttachmentInfo info(ResultSet rs, int row) throws SQLException {
        AttachmentId id = new AttachmentId(rs.getObject("id", UUID.class));
        String filename = new String(sealer.unseal(rs.getBytes("sealed_filename"),
                nameContext(id, rs.getString("owner_type"), rs.getObject("owner_id", UUID.class))),
                StandardCharsets.UTF_8);
        return new AttachmentInfo(id, filename, rs.getString("content_type"), rs.getLong("size"),
                rs.getObject("stored_at", OffsetDateTime.class).toInstant());
    }

    static String nameContext(AttachmentId id, String ownerType, UUID ownerId) {
        return "attachment-name:" + id + ":" + ownerType + ":" + ownerId;
    }

    static String contentContext(AttachmentInfo info, String ownerType, UUID ownerId) {
        return "attachment:" + info.id() + ":" + ownerType + ":" + ownerId + ":" + info.contentType();
    }

    /** Owner types are codes, which also keeps the ':' in sealing contexts unambiguous. */
    private static void requireOwnerType(String ownerType) {
        if (!OWNER_TYPE.matcher(ownerType).matches()) {
            throw new IllegalArgumentException("owner type must be an upper-case code");
        }
    }
}
