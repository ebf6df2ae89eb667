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
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.schakel.attachments.AttachmentContent;
import nl.schakel.attachments.AttachmentDestroyedException;
import nl.schakel.attachments.AttachmentId;
import nl.schakel.attachments.AttachmentInfo;
import nl.schakel.attachments.Attachments;
import nl.schakel.attachments.Upload;
import nl.schakel.sealing.DataKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps attachments in PostgreSQL, name and content sealed under the owner's own data key (decision 0029; rows
 * from before under the master keyset, {@code data_key = false}) with a context naming the row's id, owner
 * and content type: a row moved to another owner, or with its type changed, no longer unseals. Files
 * are checked and cleaned before the transaction starts (that takes a while for large photos), then
 * inserted together, joining the caller's transaction if there is one.
 */
@Service
class JdbcAttachments implements Attachments {

    private static final Pattern OWNER_TYPE = Pattern.compile("[A-Z][A-Z_]{0,39}");
    private static final String INFO_COLUMNS = "id, owner_type, owner_id, sealed_filename, content_type, size, stored_at, data_key";

    private final JdbcClient jdbc;
    private final DataKeys keys;
    private final TransactionTemplate transaction;
    private final Clock clock;

    JdbcAttachments(JdbcClient jdbc, DataKeys keys, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
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
                    return new AttachmentContent(info, keys.open(ownerId, rs.getBytes("sealed_content"),
                            contentContext(info, ownerType, ownerId), rs.getBoolean("data_key"))
                            .orElseThrow(AttachmentDestroyedException::new));
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
                                        stored_at, data_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, true)""")
                .params(info.id().value(), ownerType, ownerId,
                        keys.seal(ownerId, file.filename().getBytes(StandardCharsets.UTF_8),
                                nameContext(info.id(), ownerType, ownerId)),
                        info.contentType(), info.size(),
                        keys.seal(ownerId, file.bytes(), contentContext(info, ownerType, ownerId)),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        return info;
    }

    private AttachmentInfo info(ResultSet rs, int row) throws SQLException {
        AttachmentId id = new AttachmentId(rs.getObject("id", UUID.class));
        UUID ownerId = rs.getObject("owner_id", UUID.class);
        Optional<String> filename = keys.open(ownerId, rs.getBytes("sealed_filename"),
                nameContext(id, rs.getString("owner_type"), ownerId), rs.getBoolean("data_key"))
                .map(name -> new String(name, StandardCharsets.UTF_8));
        return new AttachmentInfo(id, filename.orElse(""), rs.getString("content_type"), rs.getLong("size"),
                rs.getObject("stored_at", OffsetDateTime.class).toInstant(), filename.isEmpty());
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
