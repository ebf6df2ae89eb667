package nl.schakel.sealing;

import java.util.Optional;
import java.util.UUID;

/**
 * Sealing with a data key of its own per owner (a signal, a trajectory, …), itself wrapped by the region's
 * master keyset. Destroying an owner's key makes every value sealed under it unreadable everywhere, in
 * backups as well (crypto-shredding; decision 0029). A value sealed here unseals only for the same owner
 * and context.
 */
public interface DataKeys {

    /** Seals under the owner's data key, creating that key on first use. */
    byte[] seal(UUID owner, byte[] plaintext, String context);

    /**
     * @throws KeyDestroyedException when the owner's key was destroyed
     * @throws SealingException when the value was altered, or sealed for another owner or context
     */
    byte[] unseal(UUID owner, byte[] sealed, String context);

    /**
     * Opens an owner's value: one sealed here ({@code underDataKey}), or one sealed before data keys existed with
     * the master keyset ({@link Sealer}) under the same context. Empty when the owner's key was destroyed — then
     * a value sealed under the master keyset counts as destroyed as well.
     *
     * @throws SealingException when the value was altered, or sealed for another owner or context
     */
    Optional<byte[]> open(UUID owner, byte[] sealed, String context, boolean underDataKey);

    /**
     * Destroys the owner's data key; idempotent. The owner is written to the journal of destroyed keys outside the
     * database first, so a restored dump from before cannot bring the key back (docs/operations.md).
     */
    void destroy(UUID owner);

    boolean destroyed(UUID owner);
}
