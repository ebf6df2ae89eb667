package nl.schakel.handling;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Where a classification decision is (four eyes, domain §6). A level that needs a second person starts
 * {@link #AWAITING_CONFIRMATION}; only {@link #CONFIRMED} counts. Each state knows which may follow it, so an
 * illegal move — confirming what no longer waits, or confirming one's own choice — is refused wherever it is
 * attempted.
 */
public enum ClassificationState {
    AWAITING_CONFIRMATION, CONFIRMED, REJECTED;

    private static final Map<ClassificationState, Set<ClassificationState>> NEXT = Map.of(
            AWAITING_CONFIRMATION, EnumSet.of(CONFIRMED, REJECTED),
            CONFIRMED, EnumSet.noneOf(ClassificationState.class),
            REJECTED, EnumSet.noneOf(ClassificationState.class));

    /** The state a new decision for this level starts in: waiting for a second person, or counting at once. */
    public static ClassificationState decided(ClassificationLevel level) {
        return level.needsSecondPerson() ? AWAITING_CONFIRMATION : CONFIRMED;
    }

    public boolean mayMoveTo(ClassificationState next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether this person may confirm a decision made by {@code decidedBy}: it waits, and they are someone else. */
    public boolean mayBeConfirmedBy(UUID decidedBy, UUID confirmer) {
        return mayMoveTo(CONFIRMED) && !decidedBy.equals(confirmer);
    }

    /**
     * The second person confirms.
     *
     * @throws HandlingRefusedException when it does not wait (any more), or the confirmer made the decision
     */
    public ClassificationState confirm(UUID decidedBy, UUID confirmer) {
        requireMove(CONFIRMED);
        if (decidedBy.equals(confirmer)) {
            throw new HandlingRefusedException("handling.refused.samePerson");
        }
        return CONFIRMED;
    }

    /**
     * The second person does not confirm, or the first withdraws the choice.
     *
     * @throws HandlingRefusedException when it does not wait (any more)
     */
    public ClassificationState reject() {
        requireMove(REJECTED);
        return REJECTED;
    }

    public boolean awaitsConfirmation() {
        return this == AWAITING_CONFIRMATION;
    }

    /** Only a confirmed decision is the signal's level. */
    public boolean counts() {
        return this == CONFIRMED;
    }

    private void requireMove(ClassificationState next) {
        if (!mayMoveTo(next)) {
            throw new HandlingRefusedException("handling.refused.nothingToConfirm");
        }
    }
}
