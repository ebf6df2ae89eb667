package nl.schakel.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The audit trail's HMAC-SHA256 key, which the database never holds: from configuration, or from a key file
 * that is created (readable by the owner only) when missing. Without it nobody can make a record or anchor
 * that verifies; losing it makes the keyed records unverifiable, so it must be backed up (docs/operations.md).
 */
@Component
class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key;

    AuditKey(AuditProperties properties) {
        byte[] raw = properties.key() != null && !properties.key().isBlank()
                ? Base64.getDecoder().decode(properties.key().strip())
                : fromFile(properties.keyFile());
        if (raw.length < KEY_BYTES) {
            throw new IllegalStateException("the audit key must be at least " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(raw, ALGORITHM);
    }

    /** HMAC-SHA256 of the text, as 64 hexadecimal digits. */
    String mac(String content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                restrictToOwner(file);
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] fresh = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(fresh);
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            // Written whole and forced to disk under another name, then moved in place: a crash leaves either
            // no key file or a complete one, never an empty one.
            Path temporary = directory.resolve(file.getFileName() + ".new");
            Files.deleteIfExists(temporary);
            try {
                Files.createFile(temporary,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temporary);
                log.warn("Could not restrict permissions of the audit key file on this file system");
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap((Base64.getEncoder().encodeToString(fresh) + "\n")
                        .getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            log.warn("Generated a new audit key in {}: back it up, the audit trail cannot be verified without it",
                    file.toAbsolutePath().normalize());
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An existing key file readable by others is narrowed to its owner. */
    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.warn("Could not restrict permissions of the audit key file on this file system");
        }
    }
}
