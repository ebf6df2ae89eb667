package nl.schakel.sealing;

/** A sealed value could not be unsealed: it was altered, or belongs to another context or key. */
public class SealingException extends RuntimeException {

    public SealingException(@org.jspecify.annotations.Nullable Throwable cause) {
        super("sealed value could not be unsealed", cause);
    }
}
