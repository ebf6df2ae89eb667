package nl.schakel.shelter.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.schakel.shelter.CareService;
import nl.schakel.shelter.ContraIndication;
import nl.schakel.shelter.ExploitationForm;
import nl.schakel.shelter.IntakeRoute;
import nl.schakel.shelter.Payer;
import nl.schakel.shelter.ServedSex;
import nl.schakel.shelter.ServiceArea;
import nl.schakel.shelter.ServiceDescription;
import nl.schakel.shelter.ServiceKind;
import nl.schakel.shelter.Target;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A provider describes one of its services; the address is written sealed and never shown back. */
@InOrder(message = "{shelter.service.age.order}")
public record ServiceForm(
        @NotBlank(message = "{shelter.service.name.required}") @Size(max = 200, message = "{shelter.text.tooLong}")
        @Nullable String name,
        @NotNull(message = "{shelter.service.kind.required}") @Nullable ServiceKind kind,
        @Nullable List<ExploitationForm> forms,
        @Nullable List<ServedSex> sexes,
        @NotNull(message = "{shelter.service.age.required}") @Min(value = 0, message = "{shelter.service.age.range}")
        @Max(value = 120, message = "{shelter.service.age.range}") @Nullable Integer minAge,
        @NotNull(message = "{shelter.service.age.required}") @Min(value = 0, message = "{shelter.service.age.range}")
        @Max(value = 120, message = "{shelter.service.age.range}") @Nullable Integer maxAge,
        @NotNull(message = "{shelter.service.target.required}") @Nullable Target target,
        boolean acceptsUndocumented,
        boolean acceptsUnaccompaniedMinors,
        @NotEmpty(message = "{shelter.service.areas.required}") @Nullable List<ServiceArea> areas,
        @Nullable List<ContraIndication> contraIndications,
        @Nullable List<ContraIndication> withSupport,
        @Size(max = 200, message = "{shelter.text.tooLong}")
        @Pattern(regexp = "[\\p{L} ,;-]*", message = "{shelter.service.languages.invalid}") @Nullable String languages,
        @NotNull(message = "{shelter.service.intakeRoute.required}") @Nullable IntakeRoute intakeRoute,
        @NotNull(message = "{shelter.service.payer.required}") @Nullable Payer payer,
        @NotNull(message = "{shelter.service.waitingDays.required}")
        @Min(value = 0, message = "{shelter.service.waitingDays.range}")
        @Max(value = 3650, message = "{shelter.service.waitingDays.range}") @Nullable Integer waitingDays,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate verifiedOn,
        @Size(max = 300, message = "{shelter.text.tooLong}") @Nullable String address) {

    static ServiceForm empty() {
        return new ServiceForm(null, ServiceKind.SHELTER, List.of(), List.of(), 18, 99, Target.VICTIM, false, false,
                List.of(), List.of(), List.of(), null, IntakeRoute.CARE_COORDINATOR, Payer.MUNICIPALITY, 0, null, null);
    }

    static ServiceForm of(CareService s) {
        return new ServiceForm(s.name(), s.kind(), List.copyOf(s.forms()), List.copyOf(s.sexes()), s.minAge(),
                s.maxAge(), s.target(), s.acceptsUndocumented(), s.acceptsUnaccompaniedMinors(),
                List.copyOf(s.areas()), List.copyOf(s.contraIndications()), List.copyOf(s.withSupport()),
                String.join(", ", s.languages()), s.intakeRoute(), s.payer(), s.waitingDays(), s.verifiedOn(), null);
    }

    boolean ageRangeValid() {
        return minAge == null || maxAge == null || maxAge >= minAge;
    }

    ServiceDescription description() {
        Set<String> languageSet = new LinkedHashSet<>();
        if (languages != null) {
            Arrays.stream(languages.split("[,;]")).map(String::strip).filter(l -> !l.isEmpty())
                    .forEach(languageSet::add);
        }
        return new ServiceDescription(name.strip(), kind, set(forms, ExploitationForm.class),
                set(sexes, ServedSex.class), minAge, maxAge, target, acceptsUndocumented, acceptsUnaccompaniedMinors,
                set(areas, ServiceArea.class), set(contraIndications, ContraIndication.class),
                set(withSupport, ContraIndication.class), languageSet, intakeRoute, payer, waitingDays, verifiedOn);
    }

    private static <E extends Enum<E>> Set<E> set(@Nullable List<E> values, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        }
        return set;
    }

    /** Never prints the address (logs, error pages). */
    @Override
    public String toString() {
        return "ServiceForm[name=" + name + ", kind=" + kind + "]";
    }
}
