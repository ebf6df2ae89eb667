package nl.schakel.handling;

/** The municipality's own records an officer checks in route step 3. */
public enum EnrichmentSource {
    PERSONS_REGISTER, ADDRESSES_AND_BUILDINGS, CHAMBER_OF_COMMERCE, SOCIAL_DOMAIN, ENFORCEMENT, PERMITS, HOUSING,
    OTHER
}
