package nl.schakel.routing;

import java.util.List;

import nl.schakel.signal.SignalId;

/**
 * Supplies a {@link SharedPart#captured() captured} part of a signal (the weighing, the enrichment, the conversation
 * with the reporter). The module that keeps the part implements it, so routing need not depend on that module.
 * Callers have checked that the officer may handle the signal, and audit the read.
 */
public interface SharedPartSource {

    SharedPart part();

    /** The part's entries as they are now, oldest first; never the reporter's identity. */
    List<SharedReferral.Entry> entries(SignalId signal);
}
