package nl.schakel.stacking;

import nl.schakel.stacking.MatchWeights.Level;

/**
 * The m- and u-probabilities of the Fellegi–Sunter comparisons. m is the chance of an outcome when two records
 * are the same person, u the chance when they are two different people; an outcome adds log2(m/u). These are
 * reasoned estimates, not yet fitted: u from how often values coincide by chance (the frequency of surnames and
 * first names in the Netherlands, 365 birthdays over roughly 50 birth years of people in signals, a population
 * in signals concentrated in a few nationalities), m from how often the same person is written down
 * differently (typing errors, transliteration, estimated ages, false papers). Per field the levels' m and u
 * each add up to about 1. Replace them with estimates from reviewed links (EM) once there are enough.
 */
final class Weights {

    // Surname: even De Vries, the most frequent Dutch surname, is 0.5% of the population.
    static final Level SURNAME_AGREE = new Level(0.90, 0.005);
    static final Level SURNAME_PHONETIC_AGREE = new Level(0.05, 0.01);
    static final Level SURNAME_SIMILAR = new Level(0.02, 0.005);
    static final Level SURNAME_DISAGREE = new Level(0.03, 0.98);

    // Given name: spelling variants of transliterated names are common for the same person, rare by chance.
    static final Level GIVEN_NAME_AGREE = new Level(0.80, 0.01);
    static final Level GIVEN_NAME_VARIANT = new Level(0.10, 0.005);
    static final Level GIVEN_NAME_OTHER_GIVEN_NAME = new Level(0.04, 0.01);
    static final Level GIVEN_NAME_SIMILAR = new Level(0.03, 0.01);
    static final Level GIVEN_NAME_DISAGREE = new Level(0.03, 0.965);
    // When one side has only an initial: about 1 in 14 first letters coincide by chance.
    static final Level GIVEN_NAME_INITIAL_AGREE = new Level(0.95, 0.07);
    static final Level GIVEN_NAME_INITIAL_DISAGREE = new Level(0.05, 0.93);

    // Names written in the other order: about 1 in 20 mentions of the same person (m); names that agree only
    // crosswise are rarer by chance than names that agree in place, as few surnames double as first names (u).
    static final Level NAME_ORDER_SWAPPED = new Level(0.05, 0.4);

    // Date of birth against date of birth: 1 in 365 × 50 by chance; far-apart years almost never the same person.
    static final Level DATE_OF_BIRTH_AGREE = new Level(0.93, 1.0 / (365.25 * 50));
    static final Level DATE_OF_BIRTH_YEAR_TYPO = new Level(0.015, 2.0 / (365.25 * 50));
    // Day and month swapped (a date written the American way): 1 date in 18,000 by chance.
    static final Level DATE_OF_BIRTH_DAY_MONTH_SWAPPED = new Level(0.005, 1.0 / (365.25 * 50));
    // One digit off or two adjacent digits swapped: some 40 valid dates are that close to any date by chance.
    static final Level DATE_OF_BIRTH_ONE_DIGIT = new Level(0.02, 40.0 / (365.25 * 50));
    static final Level BIRTH_YEAR_AGREE = new Level(0.04, 0.02);
    static final Level BIRTH_YEAR_NEAR = new Level(0.012, 0.08);
    static final Level BIRTH_YEAR_DISAGREE = new Level(0.003, 0.90);

    // Date of birth against a stated age, and age against age: ages in signals are estimates, so ±2 years agrees.
    static final Level AGE_CONSISTENT_WITH_BIRTH_YEAR = new Level(0.90, 0.15);
    static final Level AGE_ROUGHLY_CONSISTENT_WITH_BIRTH_YEAR = new Level(0.07, 0.20);
    static final Level AGE_INCONSISTENT_WITH_BIRTH_YEAR = new Level(0.03, 0.65);
    static final Level AGE_CONSISTENT = new Level(0.80, 0.15);
    static final Level AGE_ROUGHLY_CONSISTENT = new Level(0.15, 0.20);
    static final Level AGE_DISAGREE = new Level(0.05, 0.65);

    static final Level SEX_AGREE = new Level(0.97, 0.5);
    static final Level SEX_DISAGREE = new Level(0.03, 0.5);

    static final Level NATIONALITY_AGREE = new Level(0.90, 0.15);
    static final Level NATIONALITY_DISAGREE = new Level(0.10, 0.85);

    // Shared context: a phone number rarely passes between unrelated people; many victims may share one address.
    static final Level SHARED_PHONE = new Level(0.5, 0.0002);
    static final Level SHARED_ADDRESS = new Level(0.4, 0.01);
    // Given a shared phone, a shared address is likely for two different people as well (a household).
    static final Level SHARED_ADDRESS_AND_PHONE = new Level(0.8, 0.5);
    static final Level SHARED_ONLINE = new Level(0.3, 0.0002);

    // An identity number (a document or social security number), where a source has one: unique per person.
    static final Level IDENTITY_AGREE = new Level(0.90, 0.000001);
    static final Level IDENTITY_SIMILAR = new Level(0.05, 0.0001);
    static final Level IDENTITY_DISAGREE = new Level(0.05, 0.9999);

    // A residence compared field by field (postcode, street, number, place) where a source writes it out, instead
    // of as one exact key: how many of the four agree. Counted as one field, as they are far from independent.
    static final Level RESIDENCE_AGREE = new Level(0.80, 0.0005);
    static final Level RESIDENCE_PARTIAL = new Level(0.12, 0.01);
    static final Level RESIDENCE_WEAK = new Level(0.05, 0.10);
    static final Level RESIDENCE_DISAGREE = new Level(0.03, 0.89);

    /** Every level by the reason code its evidence carries: the defaults {@link MatchWeights} starts from. */
    static final java.util.Map<String, Level> BY_REASON = byReason();

    private static java.util.Map<String, Level> byReason() {
        java.util.Map<String, Level> levels = new java.util.LinkedHashMap<>();
        for (java.lang.reflect.Field field : Weights.class.getDeclaredFields()) {
            if (field.getType() == Level.class) {
                try {
                    levels.put(field.getName(), (Level) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return java.util.Collections.unmodifiableMap(levels);
    }

    private Weights() {
    }
}
