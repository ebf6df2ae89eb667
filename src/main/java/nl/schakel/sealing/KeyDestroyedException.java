package nl.schakel.sealing;

/** The value was sealed under a data key that has since been destroyed: it can never be read again. */
public class KeyDestroyedException extends SealingException {

    public KeyDestroyedException() {
        super(null);
    }
}
