package nl.schakel.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/** Helpers for the repeatable parts of the signal form. */
public final class Entries {

    private Entries() {
    }

    public static boolean allBlank(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The filled-in entries only: the form shows blank rows to type in, which mean nothing. */
    public static <T> List<T> filled(@Nullable List<T> entries, Predicate<T> isBlank) {
        return entries == null ? List.of() : entries.stream().filter(e -> e != null && !isBlank.test(e)).toList();
    }

    /** The entries plus blank rows up to the given minimum, for showing the form. */
    public static <T> List<T> withBlankRows(@Nullable List<T> entries, int minimum, Supplier<T> blank) {
        List<T> rows = new ArrayList<>(entries == null ? List.of() : entries);
        while (rows.size() < minimum) {
            rows.add(blank.get());
        }
        return rows;
    }
}
