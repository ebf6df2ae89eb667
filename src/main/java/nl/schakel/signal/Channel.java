package nl.schakel.signal;

/** How a signal came in (domain §5). */
public enum Channel {
    ONLINE_FORM, INTERNAL, PHONE, VEILIG_THUIS, MELD_MISDAAD_ANONIEM, INSPECTION, ONLINE_AD_MONITORING,
    KVK_RISK_REPORT, PARTNER
}
