package nl.schakel.stacking;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Builds keys of Dutch addresses: postcode + house number + addition, or street + number + city. */
final class AddressNormaliser {

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("(\\d{1,5})\\s*[-/.]?\\s*([\\p{L}\\p{N}\\s-]{0,10})");

    /** Abbreviations of street types, at the end of the street name ("Dorpsstr." → "dorpsstraat"). */
    private static final String[][] STREET_ABBREVIATIONS = {
            {"str$", "straat"}, {"ln$", "laan"}, {"pln$", "plein"}, {"wg$", "weg"}, {"gr$", "gracht"},
            {"kd$", "kade"}, {"sngl$", "singel"}, {"dk$", "dijk"}};

    private AddressNormaliser() {
    }

    static Optional<AddressKey> key(@Nullable String street, @Nullable String houseNumber,
                                    @Nullable String postcode, @Nullable String city) {
        Optional<String> number = houseNumber(houseNumber);
        if (number.isEmpty()) {
            return Optional.empty();   // a street or postcode alone covers many addresses: no key
        }
        Optional<String> code = postcode(postcode);
        if (code.isPresent()) {
            return Optional.of(new AddressKey(code.get() + ":" + number.get(), AddressKey.Precision.POSTCODE_AND_NUMBER));
        }
        if (Text.isBlank(street) || Text.isBlank(city)) {
            return Optional.empty();
        }
        return Optional.of(new AddressKey(Text.compact(city) + ":" + street(street) + ":" + number.get(),
                AddressKey.Precision.STREET_AND_CITY));
    }

    static Optional<String> postcode(@Nullable String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        return POSTCODE.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    /** "12", "12a", "12 A", "12-a" → "12:A"; "12 bis" → "12:BIS"; "12-1" → "12:1"; the separator keeps 12-1 apart from 121. */
    static Optional<String> houseNumber(@Nullable String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher matcher = HOUSE_NUMBER.matcher(Text.fold(raw));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String number = String.valueOf(Integer.parseInt(matcher.group(1)));
        String addition = Text.compact(matcher.group(2)).toUpperCase(java.util.Locale.ROOT);
        return Optional.of(addition.isEmpty() ? number : number + ":" + addition);
    }

    private static String street(String raw) {
        String street = Text.fold(raw).replaceAll("[.\\s]+$", "");
        for (String[] abbreviation : STREET_ABBREVIATIONS) {
            street = street.replaceAll(abbreviation[0], abbreviation[1]);
        }
        return Text.compact(street);
    }
}
