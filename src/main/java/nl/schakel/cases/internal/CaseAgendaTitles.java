package nl.schakel.cases.internal;

import java.util.Optional;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.cases.CaseId;
import nl.schakel.cases.Cases;
import nl.schakel.meetings.CaseAgendaItems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What a meeting's agenda shows of a case (meetings' port): its reference and pseudonymous title, only to a member
 * whose organisation participates in the case; to everyone else the item stays "Beperkt".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseAgendaTitles implements CaseAgendaItems {

    private final Cases cases;

    CaseAgendaTitles(Cases cases) {
        this.cases = cases;
    }

    @Override
    public Optional<String> titleFor(UUID caseId, SchakelUser viewer) {
        return cases.visibleTo(new CaseId(caseId), viewer).map(c -> c.reference() + " – " + c.title());
    }
}
