package nl.schakel.monitoring.internal;

import java.time.LocalDate;
import java.time.Period;

import org.jspecify.annotations.Nullable;

/** The age bands of the figures (issue 14): under 12, 12–17, 18–23, 24 and over, unknown. */
enum AgeBand {
    UNDER_12, AGE_12_17, AGE_18_23, AGE_24_PLUS, UNKNOWN;

    /** By date of birth on the day of receipt when known, else by the age the reporter gave. */
    static AgeBand of(@Nullable Integer years, @Nullable LocalDate dateOfBirth, LocalDate on) {
        Integer age = dateOfBirth != null ? Integer.valueOf(Period.between(dateOfBirth, on).getYears()) : years;
        if (age == null || age < 0) {
            return UNKNOWN;
        }
        if (age < 12) {
            return UNDER_12;
        }
        if (age < 18) {
            return AGE_12_17;
        }
        return age < 24 ? AGE_18_23 : AGE_24_PLUS;
    }
}
