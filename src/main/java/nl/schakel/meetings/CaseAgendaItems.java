package nl.schakel.meetings;

import java.util.Optional;
import java.util.UUID;

import nl.schakel.access.SchakelUser;

/**
 * What an agenda may show of a case (a port the cases module implements): the case's pseudonymous title when the
 * viewer may see the case, else empty, and the item reads "Beperkt". Without an implementation every case item is
 * restricted.
 */
public interface CaseAgendaItems {

    Optional<String> titleFor(UUID caseId, SchakelUser viewer);
}
