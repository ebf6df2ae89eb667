package nl.schakel.shelter;

/** The last free place was given to another placement a moment ago ("de plek is net vergeven"). */
public class PlaceTakenException extends RuntimeException {

    public static final String MESSAGE_KEY = "shelter.placement.placeTaken";

    public PlaceTakenException() {
        super("no free place left");
    }
}
