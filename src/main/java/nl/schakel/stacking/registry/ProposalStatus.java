package nl.schakel.stacking.registry;

/**
 * Where a proposed link between two persons is: open for the designated officer, then confirmed (the two are merged)
 * or rejected; a confirmed link whose merge is split becomes rejected.
 */
public enum ProposalStatus {
    OPEN, CONFIRMED, REJECTED;

    /** @throws IllegalStateException for a move the review does not make */
    public ProposalStatus moveTo(ProposalStatus next) {
        boolean allowed = this == OPEN ? next != OPEN : this == CONFIRMED && next == REJECTED;
        if (!allowed) {
            throw new IllegalStateException("proposal " + name() + " cannot become " + next.name());
        }
        return next;
    }
}
