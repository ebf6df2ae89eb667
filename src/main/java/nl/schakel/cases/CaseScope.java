package nl.schakel.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of a case a participant may see: the core (overview, participants, milestones), the subjects (signals and
 * the people and places they name), and the care, administrative and criminal parts (interventions and log entries).
 */
public enum CaseScope {
    CORE, SUBJECTS, CARE, ADMINISTRATIVE, CRIMINAL;

    public static Set<CaseScope> all() {
        return EnumSet.allOf(CaseScope.class);
    }
}
