package nl.schakel.care;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.ApiClient;
import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.care.internal.B8Store;
import nl.schakel.care.internal.NonPunishmentStore;
import nl.schakel.care.internal.TrajectoryChecks;
import nl.schakel.care.internal.TrajectoryRow;
import nl.schakel.care.internal.TrajectoryStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead care coordinator's work on a trajectory: start it, move it, record needs and consent, run the B8 period
 * and flag non-punishment. Only the lead organisation's coordinators may; for anyone else the trajectory does not
 * exist. Every change is recorded (trajectory_event) and audited.
 */
@Service
public class TrajectoryWork {

    private final Trajectories trajectories;
    private final TrajectoryStore store;
    private final B8Store b8;
    private final NonPunishmentStore flags;
    private final TrajectoryChecks checks;
    private final AuditTrail audit;
    private final Clock clock;

    TrajectoryWork(Trajectories trajectories, TrajectoryStore store, B8Store b8, NonPunishmentStore flags,
            TrajectoryChecks checks, AuditTrail audit, Clock clock) {
        this.trajectories = trajectories;
        this.store = store;
        this.b8 = b8;
        this.flags = flags;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts a trajectory led by this coordinator and their organisation. */
    @Transactional
    public TrajectoryId start(SchakelUser coordinator, NewTrajectory trajectory) {
        if (Trajectories.viewerOf(coordinator) != TrajectoryView.Viewer.LEAD) {
            throw new TrajectoryNotFoundException();
        }
        return insert(coordinator.regionId(), coordinator.organisationId(), coordinator.userId(), trajectory);
    }

    /**
     * A partner system of a care coordination organisation starts a trajectory, led by one of its coordinators.
     *
     * @throws TrajectoryRefusedException when the organisation does not coordinate care or the lead is not its
     *     active care coordinator, or the trajectory names what it may not
     */
    @Transactional
    public TrajectoryId start(ApiClient client, UUID leadUserId, NewTrajectory trajectory) {
        UUID region = checks.regionForLead(client.organisationId(), leadUserId);
        return insert(region, client.organisationId(), leadUserId, trajectory);
    }

    private TrajectoryId insert(UUID regionId, UUID organisationId, UUID leadUserId, NewTrajectory trajectory) {
        checks.check(regionId, trajectory);
        TrajectoryId id = TrajectoryId.random();
        Instant now = clock.instant();
        store.insert(id, regionId, organisationId, leadUserId, trajectory, now);
        store.recordEvent(id, TrajectoryStatus.REFERRED.name(), leadUserId, now);
        audit.record(AuditEvent.success("TRAJECTORY_CREATED", "TRAJECTORY", id, Trajectories.PURPOSE));
        return id;
    }

    /** @throws TrajectoryTransitionRefusedException when the move is not allowed or someone else moved it first */
    @Transactional
    public void move(SchakelUser coordinator, TrajectoryId id, TrajectoryStatus to) {
        TrajectoryRow row = trajectories.lead(coordinator, id);
        row.status().moveTo(to);
        Instant now = clock.instant();
        if (!store.move(id, row.status(), to, now)) {
            throw new TrajectoryTransitionRefusedException(row.status().name(), to.name());
        }
        record(coordinator, id, to.name(), "TRAJECTORY_STATUS_CHANGED", now);
    }

    /**
     * Moves the CoMensha consent. An answer (given, refused) needs the signer the victim's age requires: the victim
     * from 16, a parent or guardian below 16; with the age unknown nobody can sign yet.
     */
    @Transactional
    public void consent(SchakelUser coordinator, TrajectoryId id, ConsentStatus to, @Nullable ConsentSigner signer) {
        TrajectoryRow row = trajectories.lead(coordinator, id);
        row.consent().moveTo(to);
        if (to.isAnswer()) {
            if (row.age() == null) {
                throw new TrajectoryRefusedException("signer", "care.consent.ageUnknown");
            }
            if (signer == null || !signer.mayGiveFor(row.age())) {
                throw new TrajectoryRefusedException("signer", ConsentSigner.requiredFor(row.age()).orElseThrow()
                        == ConsentSigner.VICTIM ? "care.consent.victimSigns" : "care.consent.guardianSigns");
            }
        }
        Instant now = clock.instant();
        if (!store.moveConsent(id, row.consent(), to, to.isAnswer() ? signer : null, now)) {
            throw new TrajectoryTransitionRefusedException("CONSENT_" + row.consent(), "CONSENT_" + to);
        }
        record(coordinator, id, "CONSENT_" + to.name(), "TRAJECTORY_CONSENT_CHANGED", now);
    }

    @Transactional
    public void needs(SchakelUser coordinator, TrajectoryId id, Set<Need> needs) {
        trajectories.lead(coordinator, id);
        Instant now = clock.instant();
        store.updateNeeds(id, needs, now);
        record(coordinator, id, "NEEDS_CHANGED", "TRAJECTORY_NEEDS_CHANGED", now);
    }

    /** Starts the B8 reflection period; its end is three calendar months later. */
    @Transactional
    public B8Period startB8(SchakelUser coordinator, TrajectoryId id, LocalDate start, @Nullable UUID placementId) {
        trajectories.lead(coordinator, id);
        B8Period period = B8Period.starting(start, placementId);
        Instant now = clock.instant();
        if (!b8.start(id, period, now)) {
            throw new TrajectoryRefusedException("start", "care.b8.alreadyStarted");
        }
        record(coordinator, id, "B8_STARTED", "B8_STARTED", now);
        return period;
    }

    @Transactional
    public void decideB8(SchakelUser coordinator, TrajectoryId id, B8Decision decision, @Nullable UUID placementId) {
        trajectories.lead(coordinator, id);
        Instant now = clock.instant();
        if (!b8.decide(id, decision, placementId, now)) {
            throw new TrajectoryRefusedException("decision", "care.b8.notStarted");
        }
        record(coordinator, id, "B8_" + decision.name(), "B8_DECIDED", now);
    }

    /** Flags that the person is both a possible victim and a suspect: the non-punishment principle applies. */
    @Transactional
    public void flagNonPunishment(SchakelUser coordinator, TrajectoryId id, OffenceType offence, boolean omInformed,
            boolean tmmInformed) {
        TrajectoryRow row = trajectories.lead(coordinator, id);
        Instant now = clock.instant();
        flags.record(id, row.subjectId(), offence, omInformed, tmmInformed, coordinator.userId(), now);
        record(coordinator, id, "NON_PUNISHMENT_FLAGGED", "NON_PUNISHMENT_FLAGGED", now);
    }

    private void record(SchakelUser coordinator, TrajectoryId id, String code, String action, Instant now) {
        store.recordEvent(id, code, coordinator.userId(), now);
        audit.record(AuditEvent.success(action, "TRAJECTORY", id, Trajectories.PURPOSE));
    }
}
