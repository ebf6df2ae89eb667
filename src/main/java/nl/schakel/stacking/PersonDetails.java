package nl.schakel.stacking;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.jspecify.annotations.Nullable;

import nl.schakel.stacking.Evidence.Field;
import nl.schakel.stacking.Evidence.Outcome;

/**
 * The comparisons of what only some sources have per person: an identity number, and a residence written out
 * field by field. Signals have neither (their addresses are subjects, shared context), so for them both are
 * missing and weigh nothing.
 */
final class PersonDetails {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private PersonDetails() {
    }

    /**
     * The exact retrieval keys of an identity number ("id:…") and of a residence's postcode with house number
     * ("res:…"), where a source has them.
     */
    static List<String> keys(NormalisedPerson person) {
        List<String> keys = new ArrayList<>();
        if (person.identity() != null) {
            keys.add("id:" + person.identity());
        }
        Residence residence = person.residence();
        if (residence != null && residence.postcode() != null && residence.number() != null) {
            keys.add("res:" + residence.postcode() + ":" + residence.number());
        }
        return keys;
    }

    /**
     * Adds the identity and residence evidence both sides have, and returns the shared context still to count:
     * a residence compared field by field already says what the exact address key would.
     */
    static Set<SharedContext> compare(NormalisedPerson a, NormalisedPerson b, Set<SharedContext> shared,
                                      MatchWeights weights, List<Evidence> evidence) {
        Evidence residence = residence(a.residence(), b.residence(), weights);
        for (Evidence detail : List.of(identity(a.identity(), b.identity(), weights), residence)) {
            if (detail.outcome() != Outcome.MISSING) {
                evidence.add(detail);
            }
        }
        return residence.outcome() == Outcome.MISSING ? shared : shared.stream()
                .filter(s -> s != SharedContext.ADDRESS).collect(Collectors.toSet());
    }

    /** Equal, one digit off or two digits transposed (a typo), or another number. */
    static Evidence identity(@Nullable String a, @Nullable String b, MatchWeights weights) {
        if (a == null || b == null) {
            return Evidence.missing(Field.IDENTITY);
        }
        if (a.equals(b)) {
            return of(Field.IDENTITY, Outcome.AGREE, "IDENTITY_AGREE", weights);
        }
        return Births.oneDigitOffOrTransposed(a, b)
                ? of(Field.IDENTITY, Outcome.PARTIAL, "IDENTITY_SIMILAR", weights)
                : of(Field.IDENTITY, Outcome.DISAGREE, "IDENTITY_DISAGREE", weights);
    }

    /**
     * How many of postcode, street, number and place agree (street and place also when alike enough to be a
     * typo), among those both sides know: three or more, two, one, none. One field, as they are far from
     * independent (a postcode implies its place).
     */
    static Evidence residence(@Nullable Residence a, @Nullable Residence b, MatchWeights weights) {
        if (a == null || b == null) {
            return Evidence.missing(Field.RESIDENCE);
        }
        int known = 0;
        int agree = 0;
        for (int part = 0; part < 4; part++) {
            String x = part(a, part);
            String y = part(b, part);
            if (x != null && y != null) {
                known++;
                agree += x.equals(y) || part % 2 == 1 && JARO_WINKLER.apply(x, y) >= 0.9 ? 1 : 0;
            }
        }
        if (known == 0) {
            return Evidence.missing(Field.RESIDENCE);
        }
        return switch (agree) {
            case 0 -> of(Field.RESIDENCE, Outcome.DISAGREE, "RESIDENCE_DISAGREE", weights);
            case 1 -> of(Field.RESIDENCE, Outcome.PARTIAL, "RESIDENCE_WEAK", weights);
            case 2 -> of(Field.RESIDENCE, Outcome.PARTIAL, "RESIDENCE_PARTIAL", weights);
            default -> of(Field.RESIDENCE, Outcome.AGREE, "RESIDENCE_AGREE", weights);
        };
    }

    /** Postcode, street, number, place (streets and places, the odd parts, may be alike rather than equal). */
    private static @Nullable String part(Residence residence, int part) {
        return switch (part) {
            case 0 -> residence.postcode();
            case 1 -> residence.street();
            case 2 -> residence.number();
            default -> residence.place();
        };
    }

    private static Evidence of(Field field, Outcome outcome, String reason, MatchWeights weights) {
        return new Evidence(field, outcome, weights.weight(reason), reason);
    }
}
