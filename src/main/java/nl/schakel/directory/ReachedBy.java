package nl.schakel.directory;

/** How Schakel reaches a partner with a referral: it works in Schakel with accounts, or answers a secure link. */
public enum ReachedBy {
    ACCOUNT, SECURE_LINK
}
