package nl.schakel.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.access.UserDirectory;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import nl.schakel.intake.internal.CosignStore;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalRecords;
import nl.schakel.signal.SignalSummary;
import nl.schakel.signal.Signals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Route step 1 (seed 001 annex 4.2, decision 0034): where an organisation asks for it, a signal of one of its
 * reporters waits for a manager of that organisation, who co-signs it (it then reaches the designated officer) or
 * sends it back with a question. An acute signal never waits; its managers are told afterwards. A manager sees only
 * their own organisation's waiting signals, and of the reporter only the colleague's account name.
 */
@Service
public class Cosigning {

    private static final String PURPOSE = "REPORTING";

    private final CosignStore store;
    private final Signals signals;
    private final SignalRecords records;
    private final UserDirectory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Cosigning(CosignStore store, Signals signals, SignalRecords records, UserDirectory directory, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.signals = signals;
        this.records = records;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether this professional's signals go past a manager: their organisation asks it and they are not one. */
    public boolean asksOf(SchakelUser reporter) {
        return reporter.hasRole(Role.REPORTER) && !reporter.hasRole(Role.MANAGER)
                && store.required(reporter.organisationId());
    }

    /** A new signal waits for a manager; called by the intake in its transaction. */
    void await(SignalId id, SchakelUser reporter) {
        store.open(id, reporter.organisationId(), reporter.userId(), OffsetDateTime.now(clock));
        audit.record(AuditEvent.success("COSIGNATURE_REQUESTED", "SIGNAL", id, PURPOSE));
        events.publishEvent(new CosignatureRequested(id, reporter.organisationId()));
    }

    /** An acute signal went to the officer at once; the managers are told. */
    void passedAsAcute(SignalId id, SchakelUser reporter) {
        audit.record(AuditEvent.success("COSIGNATURE_SKIPPED_ACUTE", "SIGNAL", id, PURPOSE));
        events.publishEvent(new AcuteSignalPassedCosigning(id, reporter.organisationId()));
    }

    /** How many signals wait for a manager of this person's organisation (none unless they are a manager). */
    public long waitingCount(SchakelUser manager) {
        return openFor(manager).stream().filter(c -> c.state() == CosignState.WAITING).count();
    }

    /** The manager's list: their organisation's signals on step 1, oldest first. */
    public List<Waiting> waitingFor(SchakelUser manager) {
        List<Cosignature> open = openFor(manager);
        audit.record(new AuditEvent("COSIGNATURES_VIEWED", "SIGNAL", null, PURPOSE, Outcome.SUCCESS));
        Map<SignalId, SignalSummary> summaries = signals.summaries(open.stream().map(Cosignature::signalId).toList())
                .stream().collect(Collectors.toMap(SignalSummary::id, Function.identity()));
        Map<UUID, String> names = directory.displayNames(open.stream().map(Cosignature::reporterAccountId).toList());
        return open.stream().filter(c -> summaries.containsKey(c.signalId()))
                .map(c -> new Waiting(c, summaries.get(c.signalId()), names.getOrDefault(c.reporterAccountId(), "")))
                .toList();
    }

    /** What the manager reads before co-signing: the signal as reported; empty (and audited as denied) if not theirs. */
    public Optional<ForManager> show(SchakelUser manager, SignalId id) {
        Optional<ForManager> shown = scoped(manager, id).flatMap(c -> signals.forProcessing(id).map(signal ->
                new ForManager(c, signal, directory.displayNames(List.of(c.reporterAccountId()))
                        .getOrDefault(c.reporterAccountId(), ""))));
        audit.record(shown.isPresent() ? AuditEvent.success("COSIGNATURE_SIGNAL_VIEWED", "SIGNAL", id, PURPOSE)
                : new AuditEvent("COSIGNATURE_SIGNAL_VIEWED", "SIGNAL", id.toString(), PURPOSE, Outcome.DENIED));
        return shown;
    }

    /** @throws java.util.NoSuchElementException when the signal is not this manager's organisation's */
    @Transactional
    public void cosign(SchakelUser manager, SignalId id) {
        move(require(manager, id), CosignState.COSIGNED, manager.userId());
        records.cosigned(id, manager.userId());
        audit.record(AuditEvent.success("SIGNAL_COSIGNED", "SIGNAL", id, PURPOSE));
    }

    /** @throws java.util.NoSuchElementException when the signal is not this manager's organisation's */
    @Transactional
    public void sendBack(SchakelUser manager, SignalId id, String question) {
        Cosignature cosignature = require(manager, id);
        move(cosignature, CosignState.RETURNED, manager.userId());
        store.ask(id, question.strip());
        audit.record(AuditEvent.success("COSIGNATURE_RETURNED", "SIGNAL", id, PURPOSE));
        events.publishEvent(new CosignatureReturned(id, cosignature.organisationId(), cosignature.reporterAccountId()));
    }

    /** The reporter answers the manager's question; the signal waits for the manager again. */
    @Transactional
    public boolean answer(SchakelUser reporter, SignalId id, String answer) {
        Optional<Cosignature> mine = store.ofReporter(reporter.userId(), id);
        if (mine.isEmpty()) {
            return false;
        }
        move(mine.get(), CosignState.WAITING, null);
        store.answer(id, answer.strip());
        audit.record(AuditEvent.success("COSIGNATURE_ANSWERED", "SIGNAL", id, PURPOSE));
        events.publishEvent(new CosignatureRequested(id, mine.get().organisationId()));
        return true;
    }

    /** Step 1 of one of the reporter's own signals, if it went through it. */
    public Optional<Cosignature> ofMine(SchakelUser reporter, SignalId id) {
        return store.ofReporter(reporter.userId(), id);
    }

    /** Where the reporter's own signals stand on step 1. */
    public Map<SignalId, CosignState> statesOfMine(SchakelUser reporter) {
        return store.statesOfReporter(reporter.userId());
    }

    private List<Cosignature> openFor(SchakelUser manager) {
        return manager.hasRole(Role.MANAGER) ? store.openIn(manager.organisationId()) : List.of();
    }

    private Optional<Cosignature> scoped(SchakelUser manager, SignalId id) {
        return manager.hasRole(Role.MANAGER) ? store.inOrganisation(manager.organisationId(), id) : Optional.empty();
    }

    private Cosignature require(SchakelUser manager, SignalId id) {
        return scoped(manager, id).orElseThrow();
    }

    private void move(Cosignature cosignature, CosignState to, @org.jspecify.annotations.Nullable UUID by) {
        cosignature.state().moveTo(to);
        if (!store.move(cosignature.signalId(), cosignature.state(), to, by, OffsetDateTime.now(clock))) {
            throw new CosignMoveRefusedException(cosignature.state(), to); // someone else moved it first
        }
    }

    /** A line of the manager's list; the reporter is named only as the colleague's account. */
    public record Waiting(Cosignature cosignature, SignalSummary summary, String reporterName) {
    }

    /** The signal as the manager reads it before deciding. */
    public record ForManager(Cosignature cosignature, SignalDetail signal, String reporterName) {
    }
}
