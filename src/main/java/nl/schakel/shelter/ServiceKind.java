package nl.schakel.shelter;

/** What a service offers. Shelter and crisis places are what placement search looks for. */
public enum ServiceKind {
    SHELTER, CRISIS, AMBULANT, LEGAL, EXIT, PERPETRATOR_HELP, ONLINE_OUTREACH;

    public boolean isPlacement() {
        return this == SHELTER || this == CRISIS;
    }
}
