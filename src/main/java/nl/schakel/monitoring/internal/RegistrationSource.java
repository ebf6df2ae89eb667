package nl.schakel.monitoring.internal;

/**
 * The rows of the regional victims table (001 §1.3): where a possible victim is registered — by the police, by the
 * care coordinators, by another organisation, or not at all. A signal counts under the first that applies.
 */
enum RegistrationSource {
    POLICE, CARE_COORDINATORS, OTHER, NOT_REGISTERED
}
