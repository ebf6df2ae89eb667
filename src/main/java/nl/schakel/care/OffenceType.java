package nl.schakel.care;

/** The kind of offence a victim is suspected of, for the non-punishment flag (criminal exploitation, 004 §2.3.3). */
public enum OffenceType {
    DRUGS, THEFT, MONEY_MULE, BURGLARY, FRAUD, SEX_WORK_RELATED, OTHER
}
