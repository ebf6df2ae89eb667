package nl.schakel.access;

/** The user does not exist in the caller's region. */
public class UnknownUserException extends RuntimeException {

    public UnknownUserException() {
        super("no such user in this region");
    }
}
