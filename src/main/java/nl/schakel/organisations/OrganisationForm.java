package nl.schakel.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What an administrator fills in to create or change an organisation. */
@DepartmentMatchesType
public record OrganisationForm(
        @NotBlank(message = "{organisation.name.required}") @Size(max = 200, message = "{organisation.name.size}")
        @Nullable String name,
        @NotNull(message = "{organisation.type.required}") @Nullable OrganisationType type,
        @Nullable Department department) {

    public static OrganisationForm empty() {
        return new OrganisationForm("", null, null);
    }

    public static OrganisationForm of(Organisation organisation) {
        return new OrganisationForm(organisation.name(), organisation.type(), organisation.department());
    }
}
