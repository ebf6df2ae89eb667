package nl.schakel.catalogue.internal;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * What an administrator fills in for a group, indicator or form of exploitation. Group and weight belong to
 * indicators only; {@link #checkFor} adds the rules that depend on the kind.
 */
public record EntryForm(
        @NotBlank(message = "{catalogue.code.required}")
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "{catalogue.code.pattern}") @Nullable String code,
        @Nullable String group,
        @NotBlank(message = "{catalogue.textNl.required}") @Size(max = 300, message = "{catalogue.text.size}")
        @Nullable String textNl,
        @NotBlank(message = "{catalogue.textEn.required}") @Size(max = 300, message = "{catalogue.text.size}")
        @Nullable String textEn,
        @Nullable String weight) {

    /** The weights an indicator can have; as text, so any answer binds and all errors are shown at once. */
    private static final Set<String> WEIGHTS = Set.of("1", "2", "3");

    /** Codes are upper case; what was typed is kept otherwise, so a wrong code can be corrected in place. */
    public EntryForm {
        code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    public static EntryForm empty(@Nullable String group) {
        return new EntryForm("", group, "", "", null);
    }

    public static EntryForm of(CatalogueEntry entry) {
        return new EntryForm(entry.code(), entry.groupCode(), entry.textNl(), entry.textEn(),
                entry.kind() == EntryKind.INDICATOR ? String.valueOf(entry.weight()) : null);
    }

    /** An indicator needs a group and a weight from 1 to 3. */
    public void checkFor(EntryKind kind, Errors errors) {
        if (kind != EntryKind.INDICATOR) {
            return;
        }
        if (group == null || group.isBlank()) {
            errors.rejectValue("group", "catalogue.group.required");
        }
        if (weight == null || !WEIGHTS.contains(weight)) {
            errors.rejectValue("weight", "catalogue.weight.range");
        }
    }
}
