package nl.schakel.catalogue.internal;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator fills in for a group, indicator or form of exploitation. Group and weight belong to
 * indicators only: their rules are in the validation group {@link Indicator}, checked only for an indicator.
 */
public record EntryForm(
        @NotBlank(message = "{catalogue.code.required}")
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "{catalogue.code.pattern}") @Nullable String code,
        @NotBlank(groups = EntryForm.Indicator.class, message = "{catalogue.group.required}") @Nullable String group,
        @NotBlank(message = "{catalogue.textNl.required}") @Size(max = 300, message = "{catalogue.text.size}")
        @Nullable String textNl,
        @NotBlank(message = "{catalogue.textEn.required}") @Size(max = 300, message = "{catalogue.text.size}")
        @Nullable String textEn,
        @NotNull(groups = EntryForm.Indicator.class, message = "{catalogue.weight.range}")
        @Pattern(groups = EntryForm.Indicator.class, regexp = "[123]", message = "{catalogue.weight.range}")
        @Nullable String weight) {

    /** The rules of an indicator's own fields. The weight is text, so any answer binds and all errors show at once. */
    public interface Indicator {
    }

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
}
