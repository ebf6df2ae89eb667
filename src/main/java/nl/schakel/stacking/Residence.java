package nl.schakel.stacking;

import org.jspecify.annotations.Nullable;

/**
 * Where a person lives, written out field by field, for sources that have an address per person (a registry
 * extract, a benchmark file) rather than an address subject: compared field by field by the matcher, so that a
 * typo in the street or place does not lose the whole address. Folded and compacted; null when not known.
 */
public record Residence(@Nullable String postcode, @Nullable String street, @Nullable String number,
                        @Nullable String place) {

    /** A residence from what a source wrote; null when none of the four is known. */
    public static @Nullable Residence of(@Nullable String postcode, @Nullable String street,
                                         @Nullable String number, @Nullable String place) {
        Residence residence = new Residence(fold(postcode), fold(street), fold(number), fold(place));
        return residence.postcode == null && residence.street == null && residence.number == null
                && residence.place == null ? null : residence;
    }

    private static @Nullable String fold(@Nullable String raw) {
        if (Text.isBlank(raw)) {
            return null;
        }
        String folded = Text.compact(raw);
        return folded.isEmpty() ? null : folded;
    }
}
