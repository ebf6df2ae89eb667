package nl.schakel.access.secondfactor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A code typed on the second-factor, recovery or enrolment page; never shown again, nor in {@link #toString()}. */
public record CodeForm(@NotBlank(message = "{secondFactor.code.required}") @Size(max = 40) String code) {

    public static CodeForm empty() {
        return new CodeForm("");
    }

    @Override
    public String toString() {
        return "CodeForm[…]";
    }
}
