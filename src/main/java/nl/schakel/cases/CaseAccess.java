package nl.schakel.cases;

import nl.schakel.access.SchakelUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may change a case: a participant reads it; the lead's organisation steers it. */
@Component
class CaseAccess {

    private final Cases cases;

    CaseAccess(Cases cases) {
        this.cases = cases;
    }

    /** The case this person may see (audited), or 404. */
    CaseView participant(SchakelUser user, CaseId id) {
        return cases.read(viewer(user), id);
    }

    /** The case, when this person acts for the lead's organisation; 404 or 403 otherwise. */
    CaseView lead(SchakelUser user, CaseId id) {
        CaseView view = participant(user, id);
        if (!view.lead().organisationId().equals(user.organisationId())) {
            throw new AccessDeniedException("Only the lead's organisation steers a case");
        }
        return view;
    }

    static CaseViewer viewer(SchakelUser user) {
        return CaseViewer.of(user).orElseThrow(() -> new AccessDeniedException("No case role"));
    }
}
