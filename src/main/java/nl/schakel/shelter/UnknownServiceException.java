package nl.schakel.shelter;

/** No such service for this person (404): not one of theirs, or not of their region. */
public class UnknownServiceException extends RuntimeException {

    public UnknownServiceException() {
        super("unknown service");
    }
}
