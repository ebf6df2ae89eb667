package nl.schakel.organisations;

/** Refuses a second organisation with the same name in one region. */
public class DuplicateOrganisationNameException extends RuntimeException {

    public DuplicateOrganisationNameException() {
        super("an organisation with this name already exists in the region");
    }
}
