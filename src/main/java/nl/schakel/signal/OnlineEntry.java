package nl.schakel.signal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An online identity: a handle on a platform, or the web address of an advertisement. */
public record OnlineEntry(
        @Size(max = 500, message = "{intake.field.tooLong}") @Nullable String handleOrUrl,
        @Size(max = 100, message = "{intake.field.tooLong}") @Nullable String platform) {

    public static OnlineEntry blank() {
        return new OnlineEntry(null, null);
    }

    @JsonIgnore // derived, for the forms; not part of the JSON
    public boolean isBlank() {
        return Entries.allBlank(handleOrUrl, platform);
    }
}
