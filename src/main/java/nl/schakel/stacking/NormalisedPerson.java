package nl.schakel.stacking;

import java.time.LocalDate;
import java.time.Period;

import org.jspecify.annotations.Nullable;

/**
 * What a signal says about a person, in comparable form.
 *
 * @param name        the normalised name, or null when none was given
 * @param sex         null when unknown or other
 * @param age         the age the reporter stated or estimated, at {@code observedOn}
 * @param dateOfBirth the date of birth, when known
 * @param nationality see {@link Normalise#nationality(String)}
 * @param observedOn  the date of the signal: the moment the stated age refers to
 * @param identity    an identity number (document or social security number), where a source has one; folded
 * @param residence   the person's address field by field, where a source has one per person (not the address
 *                    subjects of the registry, which count as shared context)
 */
public record NormalisedPerson(@Nullable NormalisedName name, @Nullable Sex sex, @Nullable Integer age,
                               @Nullable LocalDate dateOfBirth, @Nullable String nationality, LocalDate observedOn,
                               @Nullable String identity, @Nullable Residence residence) {

    /** A person as signals describe one: without identity number or residence. */
    public NormalisedPerson(@Nullable NormalisedName name, @Nullable Sex sex, @Nullable Integer age,
                            @Nullable LocalDate dateOfBirth, @Nullable String nationality, LocalDate observedOn) {
        this(name, sex, age, dateOfBirth, nationality, observedOn, null, null);
    }

    /** This person with an identity number and a residence (sources that have them). */
    public NormalisedPerson withDetails(@Nullable String identityNumber, @Nullable Residence livesAt) {
        String folded = Text.isBlank(identityNumber) ? null : Text.compact(identityNumber);
        return new NormalisedPerson(name, sex, age, dateOfBirth, nationality, observedOn,
                folded == null || folded.isEmpty() ? null : folded, livesAt);
    }

    /** Normalises a person as a signal describes it. */
    public static NormalisedPerson of(@Nullable String name, @Nullable Sex sex, @Nullable Integer age,
                                      @Nullable LocalDate dateOfBirth, @Nullable String nationality,
                                      LocalDate observedOn) {
        return new NormalisedPerson(Normalise.name(name).orElse(null), sex, age, dateOfBirth,
                Normalise.nationality(nationality).orElse(null), observedOn);
    }

    /** The age this person had on a date according to the date of birth; null without one. */
    @Nullable Integer ageOn(LocalDate date) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, date).getYears();
    }

    /** The birth year: from the date of birth, else estimated from the stated age; null when neither is known. */
    @Nullable Integer birthYear() {
        if (dateOfBirth != null) {
            return dateOfBirth.getYear();
        }
        return age == null ? null : observedOn.getYear() - age;
    }
}
