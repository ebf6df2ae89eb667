package nl.schakel.shelter;

/** What a service may not be able to take on; each may be acceptable with support. */
public enum ContraIndication {
    ADDICTION, ACUTE_PSYCHIATRY, LVB, SUICIDALITY, SEVERE_MULTI_PROBLEM
}
