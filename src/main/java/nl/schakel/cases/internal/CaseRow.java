package nl.schakel.cases.internal;

import java.util.List;
import java.util.UUID;

import nl.schakel.cases.CaseEnums.EscalationLevel;
import nl.schakel.cases.CaseEnums.Focus;
import nl.schakel.cases.CaseId;
import nl.schakel.cases.CaseScope;
import nl.schakel.cases.CaseStatus;
import org.jspecify.annotations.Nullable;

/** A case as stored, with the scopes the viewer's organisation holds in it. */
public record CaseRow(CaseId id, UUID regionId, String reference, String title, Focus focus,
        List<String> exploitationForms, List<String> flags, EscalationLevel escalationLevel, String legalBasis,
        CaseStatus status, @Nullable String outcome, java.util.Set<CaseScope> scopes) {
}
