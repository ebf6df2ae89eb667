package nl.schakel.signal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an officer looks for among their organisation's signals.
 *
 * @param text words in the reference, the description or a subject; blank for all
 * @param form an exploitation form code, or null for any
 * @param acuteOnly only acute signals
 * @param takenUpBy only the signals this person took up ("mine"), or null for anyone's
 */
public record SignalFilter(String text, @Nullable String form, boolean acuteOnly, @Nullable UUID takenUpBy) {

    public SignalFilter(String text, @Nullable String form, boolean acuteOnly) {
        this(text, form, acuteOnly, null);
    }

    /** The most signals one list shows; the workbench says so when it is reached. */
    public static final int LIMIT = 500;

    public boolean isEmpty() {
        return text.isBlank() && form == null && !acuteOnly && takenUpBy == null;
    }
}
