package nl.schakel.shelter.web;

import java.util.EnumSet;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.schakel.shelter.ContraIndication;
import nl.schakel.shelter.ExploitationForm;
import nl.schakel.shelter.ResidenceStatus;
import nl.schakel.shelter.SearchProfile;
import nl.schakel.shelter.ServedSex;
import nl.schakel.shelter.ServiceArea;
import org.jspecify.annotations.Nullable;

/** The profile a coordinator searches a place for: no name, no date of birth. */
public record SearchForm(
        @NotNull(message = "{shelter.search.age.required}") @Min(value = 0, message = "{shelter.service.age.range}")
        @Max(value = 120, message = "{shelter.service.age.range}") @Nullable Integer age,
        @NotNull(message = "{shelter.search.sex.required}") @Nullable ServedSex sex,
        @NotNull(message = "{shelter.search.form.required}") @Nullable ExploitationForm form,
        @NotNull(message = "{shelter.search.area.required}") @Nullable ServiceArea area,
        @Nullable List<ContraIndication> contraIndications,
        @NotNull(message = "{shelter.search.residence.required}") @Nullable ResidenceStatus residenceStatus,
        boolean unaccompaniedMinor) implements java.io.Serializable {

    static SearchForm empty() {
        return new SearchForm(null, null, null, null, List.of(), ResidenceStatus.LEGAL, false);
    }

    SearchProfile profile() {
        EnumSet<ContraIndication> contra = EnumSet.noneOf(ContraIndication.class);
        if (contraIndications != null) {
            contraIndications.stream().filter(java.util.Objects::nonNull).forEach(contra::add);
        }
        return new SearchProfile(age, sex, form, area, contra, residenceStatus, unaccompaniedMinor);
    }
}
