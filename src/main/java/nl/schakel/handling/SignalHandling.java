package nl.schakel.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.handling.internal.HandlingRecords;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetentionPeriods;
import nl.schakel.routing.Referrals;
import nl.schakel.signal.IllegalSignalTransition;
import nl.schakel.signal.ReporterChannel;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalProgress;
import nl.schakel.signal.SignalStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the designated officer of the receiving municipality does with a signal (route steps 3 to 6) besides
 * classifying it ({@link Classifications}) and consultations ({@link Consultations}): notes, enrichment, informing
 * the reporter and closing.
 * Every method first checks that the person may handle the signal — otherwise the signal does not exist for them
 * ({@link SignalNotFoundException}) — and every write is audited and on the timeline ({@link HandlingSteps}).
 */
@Service
public class SignalHandling {

    private final HandlingSteps steps;
    private final SignalProgress progress;
    private final ReporterChannel reporters;
    private final HandlingRecords records;
    private final Referrals referrals;
    private final RetentionPeriods periods;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignalHandling(HandlingSteps steps, SignalProgress progress, ReporterChannel reporters, HandlingRecords records,
            Referrals referrals, RetentionPeriods periods, ApplicationEventPublisher events, Clock clock) {
        this.steps = steps;
        this.progress = progress;
        this.reporters = reporters;
        this.records = records;
        this.referrals = referrals;
        this.periods = periods;
        this.events = events;
        this.clock = clock;
    }

    /** The signal is not there for this person: it does not exist, or they may not handle it. */
    public static class SignalNotFoundException extends RuntimeException {
        SignalNotFoundException() {
            super("signal not found");
        }
    }

    @Transactional
    public void addNote(SchakelUser officer, SignalId id, String body) {
        steps.requireOpen(officer, id, "SIGNAL_NOTE_ADDED");
        records.addNote(id, officer.userId(), body);
        steps.done(officer, id, TimelineKind.NOTE_ADDED, null, "SIGNAL_NOTE_ADDED");
    }

    /** Route step 3: what was checked in the municipality's own records and what was found. */
    @Transactional
    public void recordEnrichment(SchakelUser officer, SignalId id, EnrichmentSource source, String checked,
            boolean found, @Nullable String finding) {
        steps.requireOpen(officer, id, "SIGNAL_ENRICHED");
        records.addEnrichment(id, officer.userId(), source, checked, found, finding);
        progress.advanceIfAllowed(id, SignalStatus.ENRICHED, officer.userId());
        steps.done(officer, id, TimelineKind.ENRICHMENT_RECORDED, source.name(), "SIGNAL_ENRICHED");
    }

    /** Route step 6: a message the reporter reads on their follow-up page, and the record that they were told. */
    @Transactional
    public void informReporter(SchakelUser officer, SignalId id, FeedbackTemplate template, String text) {
        steps.requireOpen(officer, id, "REPORTER_INFORMED");
        if (!reporters.messageReporter(officer, id, text)) {
            throw new SignalNotFoundException();
        }
        records.reporterInformed(id, officer.userId(), template);
        progress.advanceIfAllowed(id, SignalStatus.REPORTER_INFORMED, officer.userId());
        steps.done(officer, id, TimelineKind.REPORTER_INFORMED, template.name(), "REPORTER_INFORMED");
    }

    /**
     * Ends the signal's route. Closing needs the reporter to have been told, or a reason why not, and no
     * referral still waiting for a partner; merging names what it was merged into, withdrawing says why.
     */
    @Transactional
    public @Nullable LocalDate close(SchakelUser officer, SignalId id, ClosingOutcome outcome, @Nullable String note,
            @Nullable String notInformedReason) {
        steps.requireOpen(officer, id, "SIGNAL_CLOSED");
        if (outcome.isSideExit() && blank(note)) {
            throw new HandlingRefusedException("handling.refused.noteRequired." + outcome.name());
        }
        boolean informed = records.closure(id).map(c -> c.reporterInformedAt() != null).orElse(false);
        if (!outcome.isSideExit() && !informed && blank(notInformedReason)) {
            throw new HandlingRefusedException("handling.refused.informReporterFirst");
        }
        if (referrals.hasOpen(id)) {
            throw new HandlingRefusedException("handling.refused.openReferrals");
        }
        try {
            // Closing must move the signal: a refusal of the route is loud, never ignored.
            progress.advance(id, outcome.status(), officer.userId());
        } catch (IllegalSignalTransition refused) {
            throw new HandlingRefusedException("handling.refused.route");
        }
        // One truth: the retention policy that governs a signal closed today under this outcome (issue 15).
        LocalDate retainUntil = periods.dueOn(RecordType.SIGNAL, outcome.name(), LocalDate.now(clock)).orElse(null);
        records.close(id, officer.userId(), outcome, blankToNull(note), informed ? null : blankToNull(notInformedReason),
                retainUntil);
        events.publishEvent(new SignalClosed(id, outcome, retainUntil));
        steps.done(officer, id, TimelineKind.CLOSED, outcome.name(), "SIGNAL_CLOSED");
        return retainUntil;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return blank(value) ? null : value.strip();
    }
}
