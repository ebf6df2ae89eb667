package nl.schakel.sealing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Set;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tink AEAD with a keyset from configuration or from a file. A missing file gets a fresh key, written
 * readable by the owner only; losing that file makes everything sealed with it unreadable, so it must
 * be backed up (see docs/operations.md). Key rotation: add a key to the keyset and make it primary;
 * old values still unseal.
 */
@Component
class TinkSealer implements Sealer {

    private static final Logger log = LoggerFactory.getLogger(TinkSealer.class);

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Aead aead;

    TinkSealer(SealingProperties properties) throws GeneralSecurityException {
        AeadConfig.register();
        String given = properties.keyset();
        KeysetHandle keyset = given != null && !given.isBlank()
                ? TinkJsonProtoKeysetFormat.parseKeyset(given, InsecureSecretKeyAccess.get())
                : fromFile(properties.keysetFile());
        this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    /** The master key, which wraps the owners' data keys ({@link JdbcDataKeys}). */
    Aead master() {
        return aead;
    }

    @Override
    public byte[] seal(byte[] plaintext, String context) {
        try {
            return aead.encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    @Override
    public byte[] unseal(byte[] sealed, String context) {
        try {
            return aead.decrypt(sealed, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new SealingException(e);
        }
    }

    private static KeysetHandle fromFile(Path configured) throws GeneralSecurityException {
        Path file = configured.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(file)) {
                throw new IllegalStateException("The sealing keyset file " + file + " is a directory");
            }
            if (Files.exists(file)) {
                // An earlier release wrote it readable by everyone; restrict it before reading.
                restrictToOwner(file);
                return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
            }
            Path directory = file.getParent();
            if (directory == null) {
                throw new IllegalStateException("The sealing keyset file " + file + " has no directory");
            }
            Files.createDirectories(directory);
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            createOwnerOnly(file);
            Files.writeString(file, TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
            log.warn("Generated a new sealing key in {}: back it up, sealed data cannot be read without it", file);
            return keyset;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the file with mode 0600 from the start, so the key is never readable by others, not even briefly. */
    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
            log.warn("Could not restrict permissions of the sealing key file on this file system");
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                log.warn("Restricted the sealing key file {} to its owner (mode 0600)", file);
            }
        } catch (UnsupportedOperationException e) {
            log.warn("Could not restrict permissions of the sealing key file on this file system");
        }
    }
}
