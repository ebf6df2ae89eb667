package nl.schakel.sealing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

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

    private final Aead aead;

    TinkSealer(SealingProperties properties) throws GeneralSecurityException {
        AeadConfig.register();
        KeysetHandle keyset = properties.keyset() != null && !properties.keyset().isBlank()
                ? TinkJsonProtoKeysetFormat.parseKeyset(properties.keyset(), InsecureSecretKeyAccess.get())
                : fromFile(properties.keysetFile());
        this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
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

    private static KeysetHandle fromFile(Path file) throws GeneralSecurityException {
        try {
            if (Files.exists(file)) {
                return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
            }
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
            restrictToOwner(file);
            log.warn("Generated a new sealing key in {}: back it up, sealed data cannot be read without it",
                    file.toAbsolutePath().normalize());
            return keyset;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.warn("Could not restrict permissions of the sealing key file on this file system");
        }
    }
}
