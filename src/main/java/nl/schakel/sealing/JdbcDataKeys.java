package nl.schakel.sealing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data keys in table {@code sealing_data_key}, each a Tink AES-256-GCM keyset encrypted by the master keyset
 * with the owner's id as associated data (a wrapped key copied to another owner does not open). Unwrapped
 * keys are cached, and the cache entry goes with {@link #destroy}. A destruction is written to the
 * {@link DestroyedKeysJournal} outside the database first, then to the table.
 */
@Component
class JdbcDataKeys implements DataKeys {

    private static final int CACHED = 1_024;

    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;

    private final Aead master;

    private final DestroyedKeysJournal journal;

    private final Map<UUID, Aead> cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Aead> eldest) {
            return size() > CACHED;
        }
    });

    JdbcDataKeys(JdbcClient jdbc, TinkSealer sealer, DestroyedKeysJournal journal) {
        this.jdbc = jdbc;
        this.master = sealer.master();
        this.journal = journal;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public byte[] seal(UUID owner, byte[] plaintext, String context) {
        try {
            return keyFor(owner, true).encrypt(plaintext, associated(owner, context));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    @Override
    public byte[] unseal(UUID owner, byte[] sealed, String context) {
        try {
            return keyFor(owner, false).decrypt(sealed, associated(owner, context));
        } catch (GeneralSecurityException e) {
            throw new SealingException(e);
        }
    }

    @Override
    public Optional<byte[]> open(UUID owner, byte[] sealed, String context, boolean underDataKey) {
        try {
            if (underDataKey) {
                return Optional.of(unseal(owner, sealed, context));
            }
            return destroyed(owner) ? Optional.empty()
                    : Optional.of(master.decrypt(sealed, context.getBytes(StandardCharsets.UTF_8)));
        } catch (KeyDestroyedException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new SealingException(e);
        }
    }

    @Override
    @Transactional
    public void destroy(UUID owner) {
        cache.remove(owner);
        if (!destroyed(owner)) {
            // Ahead of the database: a destruction the journal misses could come back with a restored dump.
            journal.append(List.of(owner));
        }
        jdbc.sql("""
                insert into sealing_data_key (owner, wrapped, destroyed_at) values (?, null, now())
                on conflict (owner) do update set wrapped = null,
                    destroyed_at = coalesce(sealing_data_key.destroyed_at, excluded.destroyed_at)""")
                .params(owner).update();
        cache.remove(owner);
    }

    @Override
    public boolean destroyed(UUID owner) {
        return jdbc.sql("select destroyed_at is not null from sealing_data_key where owner = ?")
                .params(owner).query(Boolean.class).optional().orElse(false);
    }

    /**
     * Destroys again the keys of these owners that a restored dump brought back (or never had), without writing
     * the journal; returns how many rows changed.
     */
    @Transactional
    int destroyAgain(Collection<UUID> owners) {
        int changed = 0;
        List<UUID> all = List.copyOf(owners);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<UUID> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            batch.forEach(cache::remove);
            changed += jdbc.sql("""
                    insert into sealing_data_key (owner, wrapped, destroyed_at)
                    select cast(o as uuid), null, now() from unnest(string_to_array(?, ',')) o
                    on conflict (owner) do update set wrapped = null, destroyed_at = now()
                    where sealing_data_key.wrapped is not null""")
                    .params(String.join(",", batch.stream().map(UUID::toString).toList())).update();
        }
        return changed;
    }

    /** Every owner whose key the database holds as destroyed. */
    Set<UUID> destroyedOwners() {
        return new HashSet<>(jdbc.sql("select owner from sealing_data_key where wrapped is null")
                .query(UUID.class).list());
    }

    private Aead keyFor(UUID owner, boolean create) throws GeneralSecurityException {
        Aead cached = cache.get(owner);
        if (cached != null) {
            return cached;
        }
        Optional<Stored> stored = stored(owner);
        if (stored.isEmpty() && create) {
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(
                    KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), master, bytes(owner));
            jdbc.sql("insert into sealing_data_key (owner, wrapped) values (?, ?) on conflict (owner) do nothing")
                    .params(owner, wrapped).update();
            stored = stored(owner);
        }
        if (stored.isEmpty()) {
            throw new SealingException(new GeneralSecurityException("no data key"));
        }
        byte[] wrapped = stored.get().wrapped();
        if (wrapped == null) {
            throw new KeyDestroyedException();
        }
        Aead aead = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, master, bytes(owner))
                .getPrimitive(RegistryConfiguration.get(), Aead.class);
        cache.put(owner, aead);
        return aead;
    }

    private Optional<Stored> stored(UUID owner) {
        return jdbc.sql("select wrapped from sealing_data_key where owner = ?").params(owner)
                .query((rs, row) -> new Stored(rs.getBytes("wrapped"))).optional();
    }

    private static byte[] associated(UUID owner, String context) {
        return (owner + "|" + context).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(UUID owner) {
        return ByteBuffer.allocate(16).putLong(owner.getMostSignificantBits())
                .putLong(owner.getLeastSignificantBits()).array();
    }

    private record Stored(byte @org.jspecify.annotations.Nullable [] wrapped) {
    }
}
