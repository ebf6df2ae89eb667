package nl.schakel.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generated passwords of the embedded cluster's roles, one owner-only file per role
 * ({@code <role>.password}, mode 0600, in a directory with mode 0700). A missing file gets a new random
 * password; a file readable by others is restricted again. Passwords never appear in logs or messages.
 */
final class DatabaseSecrets {

    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private static final Logger log = LoggerFactory.getLogger(DatabaseSecrets.class);
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;

    DatabaseSecrets(Path directory) {
        this.directory = directory;
    }

    Path file(String role) {
        return directory.resolve(role + ".password");
    }

    /** The role's password, generated and stored on first use. */
    String password(String role) {
        Path file = file(role);
        try {
            createOwnerOnlyDirectories(directory);
            if (!Files.exists(file)) {
                // Written whole and forced to disk under another name, then linked in place: a crash leaves no
                // password file or a complete one, never an empty one; a start that raced us keeps its own.
                Path temporary = Files.createTempFile(directory, role + ".", ".new",
                        PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
                try {
                    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                        channel.write(ByteBuffer.wrap(generate().getBytes(StandardCharsets.US_ASCII)));
                        channel.force(true);
                    }
                    Files.createLink(file, temporary);
                    log.info("Generated the password of database role {} in {}", role, file);
                } catch (FileAlreadyExistsException raced) {
                    // another start created it first: use that one
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
            restrictToOwner(file, OWNER_ONLY_FILE);
            String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!FORMAT.matcher(password).matches()) {
                throw new IllegalStateException("The password file of database role " + role + " (" + file
                        + ") is damaged; restore it from the backup");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the password file of database role " + role, e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static void createOwnerOnlyDirectories(Path directory) throws IOException {
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent);
        }
        if (!Files.isDirectory(directory)) {
            try {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
            } catch (FileAlreadyExistsException raced) {
                // fine
            }
        }
        restrictToOwner(directory, OWNER_ONLY_DIRECTORY);
    }

    static void restrictToOwner(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (UnsupportedOperationException e) {
            log.warn("Cannot restrict {} to its owner on this file system", path);
        }
    }
}
