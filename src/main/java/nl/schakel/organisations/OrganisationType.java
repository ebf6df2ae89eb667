package nl.schakel.organisations;

/** The kinds of organisation in a region (domain §3). */
public enum OrganisationType {
    MUNICIPALITY,
    CARE_COORDINATION,
    REPORTING_CENTRE,
    POLICE,
    LABOUR_INSPECTORATE,
    CHAIN_DIRECTOR,
    CARE_PROVIDER,
    OTHER_PARTNER;

    public boolean hasDepartments() {
        return this == LABOUR_INSPECTORATE;
    }
}
