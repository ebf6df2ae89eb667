package nl.schakel.handling;

import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.handling.internal.HandlingRecords.ClassificationRow;
import nl.schakel.handling.internal.HandlingRecords;
import nl.schakel.handling.internal.Proposer;
import nl.schakel.signal.SignalFacts;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalProgress;
import nl.schakel.signal.SignalStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classification of a signal (route step 3, domain §6): a person chooses a level next to the transparent
 * proposal, and "trafficking" counts only when a second authorised person confirms it ({@link ClassificationState}).
 */
@Service
public class Classifications {

    private final HandlingSteps steps;
    private final HandlingRecords records;
    private final Proposer proposer;
    private final SignalProgress progress;
    private final ApplicationEventPublisher events;

    Classifications(HandlingSteps steps, HandlingRecords records, Proposer proposer, SignalProgress progress,
            ApplicationEventPublisher events) {
        this.steps = steps;
        this.records = records;
        this.proposer = proposer;
        this.progress = progress;
        this.events = events;
    }

    /**
     * A person chooses a level and says why. "Trafficking" waits for a second authorised person; the
     * other levels count at once and mark the signal as assessed.
     */
    @Transactional
    public void classify(SchakelUser officer, SignalId id, ClassificationLevel level, String reason) {
        SignalFacts signal = steps.requireOpen(officer, id, "SIGNAL_CLASSIFIED");
        if (records.classifications(id).stream().anyMatch(c -> c.state().awaitsConfirmation())) {
            throw new HandlingRefusedException("handling.refused.awaitingConfirmation");
        }
        ClassificationProposal proposal = proposer.propose(signal);
        ClassificationState state = ClassificationState.decided(level);
        records.addClassification(id, level, proposal.level(), proposal.score(), reason, state, officer.userId());
        if (state.awaitsConfirmation()) {
            steps.done(officer, id, TimelineKind.CLASSIFICATION_AWAITING_CONFIRMATION, level.name(),
                    "SIGNAL_CLASSIFIED");
            events.publishEvent(new ClassificationAwaitingConfirmation(id, officer.organisationId(), officer.userId()));
        } else {
            progress.advanceIfAllowed(id, SignalStatus.ASSESSED, officer.userId());
            steps.done(officer, id, TimelineKind.CLASSIFIED, level.name(), "SIGNAL_CLASSIFIED");
            events.publishEvent(new SignalClassified(id, level));
        }
    }

    /** The second person confirms "trafficking"; the person who chose it cannot. */
    @Transactional
    public void confirm(SchakelUser officer, SignalId id, UUID classification) {
        steps.requireOpen(officer, id, "CLASSIFICATION_CONFIRMED");
        ClassificationRow row = decision(id, classification);
        ClassificationState confirmed;
        try {
            confirmed = row.state().confirm(row.decidedBy(), officer.userId());
        } catch (HandlingRefusedException refused) {
            steps.denied(id, "CLASSIFICATION_CONFIRMED");
            throw refused;
        }
        settle(id, row, confirmed, officer);
        progress.advanceIfAllowed(id, SignalStatus.ASSESSED, officer.userId());
        steps.done(officer, id, TimelineKind.CLASSIFICATION_CONFIRMED, row.level().name(), "CLASSIFICATION_CONFIRMED");
        events.publishEvent(new SignalClassified(id, row.level()));
    }

    /** The second person does not confirm, or the first withdraws the choice; the earlier level stays. */
    @Transactional
    public void reject(SchakelUser officer, SignalId id, UUID classification) {
        steps.requireOpen(officer, id, "CLASSIFICATION_REJECTED");
        ClassificationRow row = decision(id, classification);
        settle(id, row, row.state().reject(), officer);
        steps.done(officer, id, TimelineKind.CLASSIFICATION_REJECTED, row.level().name(), "CLASSIFICATION_REJECTED");
    }

    private ClassificationRow decision(SignalId id, UUID classification) {
        return records.classifications(id).stream().filter(c -> c.id().equals(classification))
                .findFirst().orElseThrow(() -> new HandlingRefusedException("handling.refused.nothingToConfirm"));
    }

    private void settle(SignalId id, ClassificationRow row, ClassificationState to, SchakelUser officer) {
        if (!records.settle(id, row.id(), row.state(), to, officer.userId())) {
            // Someone else settled it in the meantime: what they did stands.
            throw new HandlingRefusedException("handling.refused.nothingToConfirm");
        }
    }
}
