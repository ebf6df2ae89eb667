package nl.schakel.shelter.internal;

/** The upload is no readable xlsx workbook. */
public class UnreadableWorkbookException extends RuntimeException {

    public UnreadableWorkbookException(Throwable cause) {
        super("unreadable workbook", cause);
    }
}
