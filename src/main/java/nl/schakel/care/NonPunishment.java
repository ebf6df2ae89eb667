package nl.schakel.care;

import java.time.Instant;

/** The non-punishment flag of a trajectory's person: the offence and whether the OM and the police's TMM know. */
public record NonPunishment(OffenceType offenceType, boolean omInformed, boolean tmmInformed, Instant recordedAt) {
}
