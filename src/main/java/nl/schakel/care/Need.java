package nl.schakel.care;

/** What a victim needs (issue 13, deliverable 1). */
public enum Need {
    SHELTER, MEDICAL, PSYCHOLOGICAL, LEGAL, INCOME, HOUSING, WORK, EXIT_PROGRAMME
}
