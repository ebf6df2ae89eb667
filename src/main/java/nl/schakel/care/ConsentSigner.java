package nl.schakel.care;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Who signs the CoMensha consent: the victim from 16, a parent or guardian below 16. */
public enum ConsentSigner {
    VICTIM, PARENT_OR_GUARDIAN;

    public static final int OWN_SIGNATURE_FROM = 16;

    /** Who must sign for a victim of this age; empty when the age is unknown (then nobody can sign yet). */
    public static Optional<ConsentSigner> requiredFor(@Nullable Integer age) {
        if (age == null) {
            return Optional.empty();
        }
        return Optional.of(age >= OWN_SIGNATURE_FROM ? VICTIM : PARENT_OR_GUARDIAN);
    }

    public boolean mayGiveFor(@Nullable Integer age) {
        return requiredFor(age).map(required -> required == this).orElse(false);
    }
}
