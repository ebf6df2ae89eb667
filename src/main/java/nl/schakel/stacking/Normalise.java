package nl.schakel.stacking;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * Normalises what signals say about their subjects into comparable keys. Every method accepts what a reporter
 * typed, returns an empty Optional when nothing comparable can be made of it, and never throws on bad input.
 */
public final class Normalise {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** Frequent ways to write a nationality in signals, to ISO 3166 codes; other values stay folded text. */
    private static final Map<String, String> NATIONALITIES = Map.ofEntries(
            Map.entry("nederlands", "nl"), Map.entry("nederlandse", "nl"), Map.entry("dutch", "nl"),
            Map.entry("nederland", "nl"), Map.entry("marokkaans", "ma"), Map.entry("marokkaanse", "ma"),
            Map.entry("moroccan", "ma"), Map.entry("roemeens", "ro"), Map.entry("roemeense", "ro"),
            Map.entry("romanian", "ro"), Map.entry("bulgaars", "bg"), Map.entry("bulgaarse", "bg"),
            Map.entry("bulgarian", "bg"), Map.entry("pools", "pl"), Map.entry("poolse", "pl"),
            Map.entry("polish", "pl"), Map.entry("nigeriaans", "ng"), Map.entry("nigeriaanse", "ng"),
            Map.entry("nigerian", "ng"), Map.entry("turks", "tr"), Map.entry("turkse", "tr"),
            Map.entry("turkish", "tr"), Map.entry("oekraiens", "ua"), Map.entry("oekraiense", "ua"),
            Map.entry("ukrainian", "ua"), Map.entry("eritrees", "er"), Map.entry("eritrese", "er"),
            Map.entry("eritrean", "er"), Map.entry("syrisch", "sy"), Map.entry("syrische", "sy"),
            Map.entry("syrian", "sy"), Map.entry("chinees", "cn"), Map.entry("chinese", "cn"),
            Map.entry("vietnamees", "vn"), Map.entry("vietnamese", "vn"));

    private Normalise() {
    }

    /** A name in comparable form; see {@link NormalisedName}. */
    public static Optional<NormalisedName> name(@Nullable String raw) {
        return Text.isBlank(raw) ? Optional.empty() : NameParser.parse(raw);
    }

    /**
     * A phone number in E.164 ("+31612345678"); numbers without a country code are taken as Dutch. A number
     * of a possible length counts, even outside the ranges in use today: a number written in a signal
     * should stack with the same number in another, whether or not it is currently allocated.
     */
    public static Optional<String> phone(@Nullable String raw) {
        if (Text.isBlank(raw)) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = PHONES.parse(raw, "NL");
            if (!PHONES.isValidNumber(number) && !isFullLength(number)) {
                return Optional.empty();
            }
            String e164 = PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            // A key must read back as itself: "+31000000000" parses to "+3100000000" (leading zeros of an
            // impossible subscriber number are dropped), so such a number cannot be compared and is no key.
            return e164.equals(PHONES.format(PHONES.parse(e164, "NL"), PhoneNumberUtil.PhoneNumberFormat.E164))
                    ? Optional.of(e164)
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Possible, and as long as a subscriber number (not a short service number such as 12345). */
    private static boolean isFullLength(PhoneNumber number) {
        return PHONES.isPossibleNumber(number) && PHONES.getNationalSignificantNumber(number).length() >= 8;
    }

    /** The key of a Dutch address; see {@link AddressKey}. */
    public static Optional<AddressKey> address(@Nullable String street, @Nullable String houseNumber,
                                               @Nullable String postcode, @Nullable String city) {
        return AddressNormaliser.key(street, houseNumber, postcode, city);
    }

    /** A Chamber of Commerce (KvK) number: eight digits, with spaces, dots and dashes removed. */
    public static Optional<String> kvkNumber(@Nullable String raw) {
        if (Text.isBlank(raw)) {
            return Optional.empty();
        }
        String digits = raw.replaceFirst("(?i)^\\s*kvk[\\s-]*(nummer|nr\\.?)?\\s*:?", "").replaceAll("[\\s.\\-]", "");
        return digits.matches("\\d{8}") ? Optional.of(digits) : Optional.empty();
    }

    /** A URL ("instagram.com/some.name") or a handle with its platform ("@Some.Name", "Instagram"). */
    public static Optional<String> online(@Nullable String handleOrUrl, @Nullable String platform) {
        return OnlineNormaliser.key(handleOrUrl, platform);
    }

    /**
     * A licence plate, upper case without dashes, dots or spaces ("12-abc-3" → "12ABC3"). Foreign plates are
     * accepted too (vehicles in signals are often registered abroad), so only the length is checked.
     */
    public static Optional<String> licencePlate(@Nullable String raw) {
        if (Text.isBlank(raw)) {
            return Optional.empty();
        }
        String plate = raw.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        return plate.matches("[A-Z0-9]{2,10}") ? Optional.of(plate) : Optional.empty();
    }

    /** A nationality as an ISO code when it is a frequent one ("Nederlandse" → "nl"), else folded text. */
    public static Optional<String> nationality(@Nullable String raw) {
        if (Text.isBlank(raw)) {
            return Optional.empty();
        }
        String folded = Text.compact(raw);
        return folded.isEmpty() ? Optional.empty() : Optional.of(NATIONALITIES.getOrDefault(folded, folded));
    }
}
