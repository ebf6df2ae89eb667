package nl.schakel.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import nl.schakel.signal.SignalFacts;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.routing.internal.Actor;
import nl.schakel.routing.internal.PartnerAccounts;
import nl.schakel.routing.internal.ReferralRow;
import nl.schakel.routing.internal.ReferralStore;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalStatus;
import nl.schakel.signal.Signals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's side of routing (route step 4): sending referrals with a legal basis and the parts shared,
 * following them, and revoking or completing them; what the rules recommend is {@link Recommendations}. Every
 * method checks that the officer is a designated officer of the signal's receiving organisation; for anyone else
 * the signal and its referrals do not exist. Reads of referral content and every change are audited.
 */
@Service
public class Referrals {

    static final String PURPOSE = "SIGNAL_HANDLING";

    private final ReferralStore store;
    private final ReferralChecks checks;
    private final ReferralSender sender;
    private final PartnerAccounts accounts;
    private final Signals signals;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Referrals(ReferralStore store, ReferralChecks checks, ReferralSender sender, PartnerAccounts accounts,
            Signals signals, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.checks = checks;
        this.sender = sender;
        this.accounts = accounts;
        this.signals = signals;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks a request without sending it.
     *
     * @return the first problem, or empty when it may be sent
     */
    public Optional<ReferralRejectedException> check(SchakelUser officer, SignalId signal, ReferralRequest request) {
        if (!signals.visibleTo(officer, signal)) {
            throw new ReferralNotFoundException();
        }
        try {
            checks.validate(officer, signal, request);
            return Optional.empty();
        } catch (ReferralRejectedException e) {
            return Optional.of(e);
        }
    }

    /** Sends one referral. For a partner without an account a secure link is e-mailed to the contact address. */
    @Transactional
    public ReferralId send(SchakelUser officer, SignalId signal, ReferralRequest request) {
        return sendAll(officer, signal, List.of(request)).get(0).id();
    }

    /** Sends several referrals at once, all or none; the secure links made are returned this one time. */
    @Transactional
    public List<SentReferral> sendAll(SchakelUser officer, SignalId signal, List<ReferralRequest> requests) {
        if (!signals.visibleTo(officer, signal)) {
            audit.record(denied("REFERRAL_SENT", "SIGNAL", signal));
            throw new ReferralNotFoundException();
        }
        if (signals.status(signal).map(SignalStatus::isFinal).orElse(true)) {
            // A closed, merged or withdrawn signal shares nothing more, whatever a page still offered.
            throw new ReferralRejectedException("partners", "routing.signal.finished");
        }
        List<Organisation> partners = new ArrayList<>();
        for (ReferralRequest request : requests) {
            partners.add(checks.validate(officer, signal, request));
        }
        List<SentReferral> sent = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            sent.add(sender.send(officer, signal, requests.get(i), partners.get(i)));
        }
        return sent;
    }

    /**
     * Acute danger, one click: a referral to the region's police with all parts and feedback due tomorrow.
     * The legal basis is MELDCODE (meldrecht): the municipality reports acute danger to the police under the
     * reporting right; the officer can still record another basis by routing through the form. Only the signal's own
     * parts: the weighing, the enrichment and the reporter's answers go only when an officer ticks them. When an open
     * referral to the police exists, that one is returned.
     */
    @Transactional
    public ReferralId routeAcuteToPolice(SchakelUser officer, SignalId signal) {
        Organisation police = acutePolice(officer, signal, "REFERRAL_SENT");
        Optional<ReferralId> open = store.openTo(signal, police.id().value());
        if (open.isPresent()) {
            return open.get();
        }
        return send(officer, signal, new ReferralRequest(police.id().value(), LegalBasis.MELDCODE, null,
                SharedPart.ofSignal(), LocalDate.now(clock).plusDays(1), null, null));
    }

    /** What one-click acute routing sends everything under the reporting right to; shown before it goes. */
    public AcuteRoute acuteRoute(SchakelUser officer, SignalId signal) {
        return new AcuteRoute(acutePolice(officer, signal, "REFERRAL_PREVIEWED"), LegalBasis.MELDCODE,
                SharedPart.ofSignal(), LocalDate.now(clock).plusDays(1));
    }

    /** The police organisation an acute signal goes to, its legal basis, the parts shared and the due date. */
    public record AcuteRoute(Organisation police, LegalBasis legalBasis, Set<SharedPart> parts, LocalDate feedbackDue) {
    }

    private Organisation acutePolice(SchakelUser officer, SignalId signal, String action) {
        SignalFacts view = requireVisible(officer, signal, action);
        if (!view.acute()) {
            // The one-click route shares everything under the reporting right: only for acute danger.
            throw new ReferralRejectedException("partnerOrganisationId", "routing.police.notAcute");
        }
        Organisation police = checks.partners(officer).stream()
                .filter(o -> o.type() == OrganisationType.POLICE).min(Comparator.comparing(Organisation::name))
                .orElseThrow(() -> new ReferralRejectedException("partnerOrganisationId", "routing.police.missing"));
        if (!accounts.hasAccount(police.id().value())) {
            // Nobody could open it: the form asks for a contact address and shows the secure link.
            throw new ReferralRejectedException("partnerOrganisationId", "routing.police.noAccount");
        }
        return police;
    }

    /** Every referral of the signal, with history. Audited. */
    public List<ReferralSummary> forSignal(SchakelUser officer, SignalId signal) {
        if (!signals.visibleTo(officer, signal)) {
            audit.record(denied("REFERRALS_VIEWED", "SIGNAL", signal));
            return List.of();
        }
        Instant now = clock.instant();
        List<ReferralSummary> summaries = store.forSignal(signal, officer.organisationId()).stream()
                .map(r -> new ReferralSummary(r.id(), r.signalId(), r.partnerOrganisationId(), r.partnerName(),
                        r.status(), r.legalBasis(), r.legalBasisText(), r.parts(), r.feedbackDue(), r.overdueAt(now),
                        r.note(), r.declineReason(), r.feedback(), r.proposedPartnerId(), r.proposedPartnerName(),
                        r.createdAt(), store.history(r.id())))
                .toList();
        audit.record(AuditEvent.success("REFERRALS_VIEWED", "SIGNAL", signal, PURPOSE));
        return summaries;
    }

    /** Revokes an open referral: the partner no longer sees it. */
    @Transactional
    public void revoke(SchakelUser officer, ReferralId id) {
        ReferralRow referral = store.findForSender(id, officer.organisationId())
                .filter(r -> signals.visibleTo(officer, r.signalId()))
                .orElseThrow(() -> {
                    audit.record(denied("REFERRAL_REVOKED", "REFERRAL", id));
                    return new ReferralNotFoundException();
                });
        Transitions.move(store, events, clock, referral, ReferralStatus.REVOKED, Actor.user(officer.userId()));
        audit.record(AuditEvent.success("REFERRAL_REVOKED", "REFERRAL", id, PURPOSE));
    }

    /** Marks a referral whose feedback the officer has read as done (route step 5 completed). */
    @Transactional
    public void complete(SchakelUser officer, ReferralId id) {
        ReferralRow referral = store.findForSender(id, officer.organisationId())
                .filter(r -> signals.visibleTo(officer, r.signalId()))
                .orElseThrow(() -> {
                    audit.record(denied("REFERRAL_COMPLETED", "REFERRAL", id));
                    return new ReferralNotFoundException();
                });
        Transitions.move(store, events, clock, referral, ReferralStatus.CLOSED, Actor.user(officer.userId()));
        audit.record(AuditEvent.success("REFERRAL_COMPLETED", "REFERRAL", id, PURPOSE));
    }

    /** Counts per signal for the workbench; no content, so not audited. */
    public Map<SignalId, ReferralTally> tallies(UUID sendingOrganisationId, Collection<SignalId> signalIds) {
        return store.tallies(sendingOrganisationId, signalIds, clock.instant());
    }

    /** Whether this person may route the signal and see its referrals (reads nothing of the signal). */
    public boolean mayRoute(SchakelUser officer, SignalId signal) {
        return signals.visibleTo(officer, signal);
    }

    public boolean hasOpen(SignalId signal) {
        return store.hasOpen(signal);
    }

    private SignalFacts requireVisible(SchakelUser officer, SignalId signal, String action) {
        if (!signals.visibleTo(officer, signal)) {
            audit.record(denied(action, "SIGNAL", signal));
            throw new ReferralNotFoundException();
        }
        return signals.facts(signal).orElseThrow(ReferralNotFoundException::new);
    }

    static AuditEvent denied(String action, String type, Object id) {
        return new AuditEvent(action, type, String.valueOf(id), PURPOSE, Outcome.DENIED);
    }
}
