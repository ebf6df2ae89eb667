package nl.schakel.stacking.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How the columns of anyone's CSV become {@link PersonRow}s (issue 11): a column for every field the matcher can
 * use, configurable date formats, trimmed headers and cells, the ground truth from a column (optionally the part
 * of it a regular expression captures, as FEBRL's "rec-12-dup-0" → "12"). It refuses, with a message that says
 * what to change, a column mapped on purpose that is missing or empty in every row, dates none of the formats
 * reads, and a truth column that yields no true pair: a wrong mapping must never look like a perfect score.
 *
 * @param columns     logical field → column name
 * @param explicit    the fields mapped on the command line (a default column that is absent is simply not used)
 * @param dateFormats the formats a date of birth may have, tried in order
 * @param truthPattern the part of the truth column that identifies a person (group 1), or null for all of it
 */
record Mapping(Map<String, String> columns, Set<String> explicit, List<DateTimeFormatter> dateFormats,
        String datePatterns, @Nullable Pattern truthPattern) {

    /** The logical fields; the defaults are the columns {@link Generate} writes. */
    static final Map<String, String> DEFAULTS = defaults();

    static final String DEFAULT_DATE_FORMATS = "yyyy-MM-dd";

    /** What a mapping cannot work with; the message says what to change. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * A mapping from the command-line options: {@code --map field=column,...}, {@code --truth column},
     * {@code --truth-regex REGEX}, {@code --date-formats yyyyMMdd,dd-MM-yyyy}.
     */
    static Mapping of(Map<String, String> options) {
        Map<String, String> columns = new LinkedHashMap<>(DEFAULTS);
        Set<String> explicit = new LinkedHashSet<>();
        if (options.containsKey("map")) {
            for (String pair : options.get("map").split(",")) {
                String[] parts = pair.split("=", 2);
                String field = parts[0].strip();
                if (parts.length != 2 || parts[1].isBlank()) {
                    throw new Refused("--map needs field=column pairs; got \"" + pair + "\"");
                }
                if (!DEFAULTS.containsKey(field)) {
                    throw new Refused("--map: unknown field \"" + field + "\"; the fields are " + DEFAULTS.keySet());
                }
                columns.put(field, parts[1].strip());
                explicit.add(field);
            }
        }
        if (options.containsKey("truth")) {
            columns.put("cluster", options.get("truth").strip());
            explicit.add("cluster");
        }
        List<DateTimeFormatter> formats = new ArrayList<>();
        String patterns = options.getOrDefault("date-formats", DEFAULT_DATE_FORMATS);
        for (String format : patterns.split(",")) {
            try {
                formats.add(DateTimeFormatter.ofPattern(format.strip().replace('y', 'u'), Locale.ROOT)
                        .withResolverStyle(ResolverStyle.STRICT));
            } catch (IllegalArgumentException e) {
                throw new Refused("--date-formats: \"" + format.strip() + "\" is not a date pattern");
            }
        }
        String regex = options.get("truth-regex");
        Pattern truthPattern = regex == null ? null : Pattern.compile(regex);
        if (truthPattern != null && truthPattern.matcher("").groupCount() < 1) {
            throw new Refused("--truth-regex needs a group that captures the person, e.g. rec-(\\d+)-");
        }
        return new Mapping(Map.copyOf(columns), Set.copyOf(explicit), List.copyOf(formats), patterns, truthPattern);
    }

    /** Loads a file, or refuses it with a message. */
    List<PersonRow> load(Path file) throws IOException {
        List<Map<String, String>> raw = Csv.read(file);
        Set<String> header = raw.isEmpty() ? Set.of() : raw.get(0).keySet();
        Map<String, String> used = new HashMap<>();
        columns.forEach((field, column) -> {
            if (header.contains(column)) {
                used.put(field, column);
            } else if (explicit.contains(field)) {
                throw new Refused("%s: the column \"%s\" (mapped to %s) is not in the file; its columns are %s"
                        .formatted(file, column, field, header));
            }
        });
        for (String field : explicit) {
            String column = columns.get(field);
            if (raw.stream().allMatch(row -> row.getOrDefault(column, "").isBlank())) {
                throw new Refused("%s: the column \"%s\" (mapped to %s) is empty in every row"
                        .formatted(file, column, field));
            }
        }
        List<PersonRow> rows = new ArrayList<>();
        int dates = 0;
        int unread = 0;
        for (Map<String, String> row : raw) {
            String dob = value(row, used, "dob");
            String date = date(dob);
            dates += dob.isEmpty() ? 0 : 1;
            unread += !dob.isEmpty() && date.isEmpty() ? 1 : 0;
            rows.add(new PersonRow(value(row, used, "id"), truth(value(row, used, "cluster")), value(row, used, "given"),
                    value(row, used, "surname"), value(row, used, "sex"), date, value(row, used, "age"),
                    value(row, used, "nationality"), value(row, used, "phone"), value(row, used, "postcode"),
                    value(row, used, "number"), value(row, used, "errors"), value(row, used, "street"),
                    value(row, used, "place"), value(row, used, "identity")));
        }
        if (dates > 0 && unread == dates) {
            throw new Refused("%s: none of the %,d dates of birth fits --date-formats %s (e.g. \"%s\")".formatted(file,
                    dates, datePatterns, firstDate(raw, used)));
        }
        if (unread > 0) {
            System.out.printf("%s: %,d of %,d dates of birth fit none of the date formats; read as unknown%n", file,
                    unread, dates);
        }
        return rows;
    }

    /** The identity of a person in the truth column: all of it, or what the truth pattern captures. */
    String truth(String value) {
        if (truthPattern == null || value.isEmpty()) {
            return value;
        }
        Matcher matcher = truthPattern.matcher(value);
        return matcher.find() ? matcher.group(1) : "";
    }

    /** A date of birth as ISO, read with the first format that fits; empty when none does. */
    String date(String raw) {
        if (raw.isEmpty()) {
            return "";
        }
        for (DateTimeFormatter format : dateFormats) {
            try {
                return LocalDate.parse(raw, format).toString();
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return "";
    }

    private static String value(Map<String, String> row, Map<String, String> used, String field) {
        String column = used.get(field);
        return column == null ? "" : row.getOrDefault(column, "").strip();
    }

    private static String firstDate(List<Map<String, String>> raw, Map<String, String> used) {
        return raw.stream().map(r -> value(r, used, "dob")).filter(d -> !d.isEmpty()).findFirst().orElse("");
    }

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("id", "id");
        defaults.put("cluster", "cluster");
        defaults.put("given", "given_name");
        defaults.put("surname", "surname");
        defaults.put("sex", "sex");
        defaults.put("dob", "date_of_birth");
        defaults.put("age", "age");
        defaults.put("nationality", "nationality");
        defaults.put("phone", "phone");
        defaults.put("postcode", "postcode");
        defaults.put("number", "house_number");
        defaults.put("street", "street");
        defaults.put("place", "place");
        defaults.put("identity", "identity_number");
        defaults.put("errors", "errors");
        return Map.copyOf(defaults);
    }
}
