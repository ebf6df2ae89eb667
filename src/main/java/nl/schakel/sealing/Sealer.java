package nl.schakel.sealing;

/**
 * Authenticated encryption (AES-256-GCM through Google Tink). The context binds a sealed value to the
 * place it belongs, e.g. {@code "reporter-identity:" + signalId}: a value copied to another row does
 * not unseal there.
 */
public interface Sealer {

    byte[] seal(byte[] plaintext, String context);

    /** @throws SealingException when the value was altered, or sealed for another context or key */
    byte[] unseal(byte[] sealed, String context);
}
