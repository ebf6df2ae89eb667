package nl.schakel.shelter;

/** The sex of the people a service takes in; a service with none listed takes everyone. */
public enum ServedSex {
    FEMALE, MALE, OTHER
}
