package nl.schakel.organisations;

/** The organisation does not exist in the caller's region. */
public class UnknownOrganisationException extends RuntimeException {

    public UnknownOrganisationException() {
        super("no such organisation in this region");
    }
}
