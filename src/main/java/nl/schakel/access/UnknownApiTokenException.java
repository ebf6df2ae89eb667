package nl.schakel.access;

/** The API token does not exist in the caller's region. */
public class UnknownApiTokenException extends RuntimeException {

    public UnknownApiTokenException() {
        super("no such API token in this region");
    }
}
