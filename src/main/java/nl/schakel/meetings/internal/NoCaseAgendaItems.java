package nl.schakel.meetings.internal;

import java.util.Optional;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.meetings.CaseAgendaItems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Until a module that knows cases answers, every case item is restricted ("Beperkt"): nothing is shown by default. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class NoCaseAgendaItems implements CaseAgendaItems {

    @Override
    public Optional<String> titleFor(UUID caseId, SchakelUser viewer) {
        return Optional.empty();
    }
}
