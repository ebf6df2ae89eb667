package nl.schakel.shelter.web;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.schakel.care.TrajectoryCare;
import nl.schakel.care.TrajectoryId;
import nl.schakel.shelter.ContraIndication;
import nl.schakel.shelter.ExploitationForm;
import nl.schakel.shelter.ResidenceStatus;
import nl.schakel.shelter.SearchProfile;
import nl.schakel.shelter.ServedSex;
import nl.schakel.shelter.ServiceArea;
import nl.schakel.shelter.Placements.SubjectRole;
import org.jspecify.annotations.Nullable;

/**
 * The profile a coordinator searches a place for: no name, no date of birth. The trajectory, registry person and
 * role travel on to the placement request (the person only for the co-location check).
 */
public record SearchForm(
        @NotNull(message = "{shelter.search.age.required}") @Min(value = 0, message = "{shelter.service.age.range}")
        @Max(value = 120, message = "{shelter.service.age.range}") @Nullable Integer age,
        @NotNull(message = "{shelter.search.sex.required}") @Nullable ServedSex sex,
        @NotNull(message = "{shelter.search.form.required}") @Nullable ExploitationForm form,
        @NotNull(message = "{shelter.search.area.required}") @Nullable ServiceArea area,
        @Nullable List<ContraIndication> contraIndications,
        @NotNull(message = "{shelter.search.residence.required}") @Nullable ResidenceStatus residenceStatus,
        boolean unaccompaniedMinor, @Nullable UUID trajectoryRef, @Nullable UUID subjectId,
        @Nullable SubjectRole subjectRole) implements java.io.Serializable {

    static SearchForm empty() {
        return new SearchForm(null, null, null, null, List.of(), ResidenceStatus.LEGAL, false, null, null, SubjectRole.VICTIM);
    }

    /** The profile as far as the trajectory knows it, with its person as the possible victim to place. */
    static SearchForm forTrajectory(TrajectoryId id, TrajectoryCare care) {
        ExploitationForm form = care.exploitationForms().stream().sorted()
                .flatMap(f -> java.util.Arrays.stream(ExploitationForm.values()).filter(e -> e.name().equals(f)))
                .findFirst().orElse(null);
        ResidenceStatus residence = care.residenceStatus() == nl.schakel.care.ResidenceStatus.UNDOCUMENTED
                ? ResidenceStatus.UNDOCUMENTED : ResidenceStatus.LEGAL;
        return new SearchForm(care.age(), null, form, null, List.of(), residence, care.unaccompaniedMinor(),
                id.value(), care.subjectId(), SubjectRole.VICTIM);
    }

    SearchProfile profile() {
        EnumSet<ContraIndication> contra = EnumSet.noneOf(ContraIndication.class);
        if (contraIndications != null) {
            contraIndications.stream().filter(java.util.Objects::nonNull).forEach(contra::add);
        }
        return new SearchProfile(age, sex, form, area, contra, residenceStatus, unaccompaniedMinor);
    }
}
