package nl.schakel.cases;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schakel.cases.CaseEnums.EscalationLevel;
import nl.schakel.cases.CaseEnums.Focus;
import org.jspecify.annotations.Nullable;

/**
 * A case as its viewer may see it, with the scopes the viewer's organisation holds in it.
 *
 * @param lead the current lead (regiehouder)
 * @param pendingLead the person a handover waits for, if any
 */
public record CaseView(CaseId id, String reference, String title, Focus focus, List<String> exploitationForms,
        List<String> flags, EscalationLevel escalationLevel, String legalBasis, CaseStatus status,
        @Nullable String outcome, Set<CaseScope> scopes, Person lead, @Nullable Person pendingLead) {

    public boolean sees(CaseScope scope) {
        return scopes.contains(scope);
    }

    /** Whether this person is the case's lead. */
    public boolean ledBy(@Nullable UUID personId) {
        return personId != null && personId.equals(lead.personId());
    }

    /** Whether a handover waits for this person. */
    public boolean awaits(@Nullable UUID personId) {
        return personId != null && pendingLead != null && personId.equals(pendingLead.personId());
    }

    /** An organisation and, when known, a person, with their names for the page. */
    public record Person(UUID organisationId, String organisationName, @Nullable UUID personId,
            @Nullable String personName) {
    }
}
