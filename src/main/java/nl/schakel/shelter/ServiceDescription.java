package nl.schakel.shelter;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What a provider (or an import) says about a service, without ids: the input of saving a service. */
public record ServiceDescription(String name, ServiceKind kind, Set<ExploitationForm> forms, Set<ServedSex> sexes,
        int minAge, int maxAge, Target target, boolean acceptsUndocumented, boolean acceptsUnaccompaniedMinors,
        Set<ServiceArea> areas, Set<ContraIndication> contraIndications, Set<ContraIndication> withSupport,
        Set<String> languages, IntakeRoute intakeRoute, Payer payer, int waitingDays, @Nullable LocalDate verifiedOn) {
}
