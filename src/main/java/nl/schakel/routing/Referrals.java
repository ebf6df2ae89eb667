package nl.schakel.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.routing.internal.Actor;
import nl.schakel.routing.internal.LinkMailer;
import nl.schakel.routing.internal.PartnerAccounts;
import nl.schakel.routing.internal.PartnerSettings;
import nl.schakel.routing.internal.ReferralRow;
import nl.schakel.routing.internal.ReferralStore;
import nl.schakel.routing.internal.RoutingProperties;
import nl.schakel.routing.internal.RoutingRules;
import nl.schakel.routing.internal.SecureLinks;
import nl.schakel.signal.SignalFacts;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalStatus;
import nl.schakel.signal.Signals;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's side of routing (route step 4): which partners the rules recommend, sending referrals with
 * a legal basis and the parts shared, following them, and revoking them. Every method checks that the
 * officer is a designated officer of the signal's receiving organisation; for anyone else the signal and
 * its referrals do not exist. Reads of referral content and every change are audited.
 */
@Service
public class Referrals {

    static final String PURPOSE = "SIGNAL_HANDLING";
    private static final int MAX_NOTE = 2000;
    private static final int MAX_BASIS_TEXT = 500;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** Partner types: everything but municipalities and the chain director (who sees no individual cases). */
    private static final Set<OrganisationType> PARTNER_TYPES = EnumSet.complementOf(
            EnumSet.of(OrganisationType.MUNICIPALITY, OrganisationType.CHAIN_DIRECTOR));

    private final ReferralStore store;
    private final RoutingRules rules;
    private final PartnerSettings settings;
    private final PartnerAccounts accounts;
    private final SecureLinks links;
    private final LinkMailer mailer;
    private final RoutingProperties properties;
    private final Signals signals;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Referrals(ReferralStore store, RoutingRules rules, PartnerSettings settings, PartnerAccounts accounts,
            SecureLinks links, LinkMailer mailer, RoutingProperties properties, Signals signals,
            Organisations organisations, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.settings = settings;
        this.accounts = accounts;
        this.links = links;
        this.mailer = mailer;
        this.properties = properties;
        this.signals = signals;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The partners the region's rules recommend for this signal, with why; always the care coordinator(s). */
    public List<Recommendation> recommend(SchakelUser officer, SignalId signal) {
        return candidates(officer, signal).stream().filter(Recommendation::recommended).toList();
    }

    /** Every partner the officer may route to, recommended ones first (with their reasons). */
    public List<Recommendation> candidates(SchakelUser officer, SignalId signal) {
        SignalFacts view = requireVisible(officer, signal, "REFERRAL_RECOMMENDATIONS_VIEWED");
        LocalDate today = LocalDate.now(clock);
        List<Organisation> partners = partners(officer);
        Map<UUID, Set<RoutingFact>> reasons = rules.recommend(officer.regionId(), RoutingFact.of(view, today),
                partners);
        audit.record(AuditEvent.success("REFERRAL_RECOMMENDATIONS_VIEWED", "SIGNAL", signal, PURPOSE));
        return partners.stream()
                .map(p -> new Recommendation(p.id().value(), p.name(), p.type(), p.department(),
                        reasons.getOrDefault(p.id().value(), Set.of()).stream().map(RoutingFact::messageKey).toList(),
                        today.plusDays(settings.feedbackDays(p.id().value(), p.type())),
                        accounts.hasAccount(p.id().value())))
                .sorted(Comparator.comparing((Recommendation r) -> !r.recommended()).thenComparing(Recommendation::name))
                .toList();
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
            validate(officer, signal, request);
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
            throw rejected("partners", "routing.signal.finished");
        }
        List<Organisation> partners = new ArrayList<>();
        for (ReferralRequest request : requests) {
            partners.add(validate(officer, signal, request));
        }
        List<SentReferral> sent = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            sent.add(insert(officer, signal, requests.get(i), partners.get(i)));
        }
        return sent;
    }

    /**
     * Acute danger, one click: a referral to the region's police with all parts and feedback due tomorrow.
     * The legal basis is MELDCODE (meldrecht): the municipality reports acute danger to the police under the
     * reporting right; the officer can still record another basis by routing through the form. When an open
     * referral to the police exists, that one is returned.
     */
    @Transactional
    public ReferralId routeAcuteToPolice(SchakelUser officer, SignalId signal) {
        SignalFacts view = requireVisible(officer, signal, "REFERRAL_SENT");
        if (!view.acute()) {
            // The one-click route shares everything under the reporting right: only for acute danger.
            throw rejected("partnerOrganisationId", "routing.police.notAcute");
        }
        Organisation police = partners(officer).stream().filter(o -> o.type() == OrganisationType.POLICE)
                .min(java.util.Comparator.comparing(Organisation::name))
                .orElseThrow(() -> new ReferralRejectedException("partnerOrganisationId", "routing.police.missing"));
        if (!accounts.hasAccount(police.id().value())) {
            // Nobody could open it: the form asks for a contact address and shows the secure link.
            throw rejected("partnerOrganisationId", "routing.police.noAccount");
        }
        Optional<ReferralId> open = store.openTo(signal, police.id().value());
        if (open.isPresent()) {
            return open.get();
        }
        return send(officer, signal, new ReferralRequest(police.id().value(), LegalBasis.MELDCODE, null,
                EnumSet.allOf(SharedPart.class), LocalDate.now(clock).plusDays(1), null, null));
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

    private ReferralRejectedException rejected(String field, String key) {
        return new ReferralRejectedException(field, key);
    }

    private Organisation validate(SchakelUser officer, SignalId signal, ReferralRequest request) {
        Organisation partner = partners(officer).stream()
                .filter(o -> o.id().value().equals(request.partnerOrganisationId())).findFirst()
                .orElseThrow(() -> rejected("partnerOrganisationId", "routing.partner.invalid"));
        if (request.legalBasis() == LegalBasis.OTHER && blank(request.legalBasisText())) {
            throw rejected("legalBasisText", "routing.legalBasisText.required");
        }
        if (request.legalBasisText() != null && request.legalBasisText().length() > MAX_BASIS_TEXT) {
            throw rejected("legalBasisText", "routing.legalBasisText.tooLong");
        }
        if (request.parts().isEmpty()) {
            throw rejected("parts", "routing.parts.required");
        }
        if (request.feedbackDue().isBefore(LocalDate.now(clock))) {
            throw rejected("feedbackDue", "routing.feedbackDue.past");
        }
        if (request.feedbackDue().isAfter(LocalDate.now(clock).plusYears(1))) {
            throw rejected("feedbackDue", "routing.feedbackDue.tooFar");
        }
        if (request.note() != null && request.note().length() > MAX_NOTE) {
            throw rejected("note", "routing.note.tooLong");
        }
        if (!blank(request.contactEmail()) && !EMAIL.matcher(request.contactEmail().strip()).matches()) {
            throw rejected("contactEmail", "routing.contactEmail.invalid");
        }
        if (store.hasOpen(signal, partner.id().value())) {
            throw rejected("partnerOrganisationId", "routing.partner.alreadyOpen");
        }
        return partner;
    }

    private SentReferral insert(SchakelUser officer, SignalId signal, ReferralRequest request, Organisation partner) {
        ReferralId id = ReferralId.random();
        Instant now = clock.instant();
        Instant dueAt = request.feedbackDue().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        try {
            store.insert(new ReferralStore.NewReferral(id, signal, officer.regionId(), officer.organisationId(),
                    partner.id().value(), request.legalBasis(),
                    request.legalBasis() == LegalBasis.OTHER ? request.legalBasisText().strip() : strip(request.legalBasisText()),
                    request.parts(), strip(request.note()), request.feedbackDue(), dueAt, officer.userId()), now);
        } catch (DuplicateKeyException e) {
            throw rejected("partnerOrganisationId", "routing.partner.alreadyOpen");
        }
        store.recordEvent(id, ReferralStatus.SENT, Actor.user(officer.userId()), now);
        audit.record(AuditEvent.success("REFERRAL_SENT", "REFERRAL", id, PURPOSE));
        events.publishEvent(new ReferralChanged(id, signal, officer.organisationId(), partner.id().value(),
                ReferralStatus.SENT, officer.userId(), now));
        String link = null;
        if (!accounts.hasAccount(partner.id().value())) {
            // The link lives at least as long as the partner has to answer, plus a week's grace.
            Instant expires = java.util.Collections.max(List.of(now.plus(properties.linkValidity()),
                    dueAt.plus(java.time.Duration.ofDays(7))));
            String token = links.create(id, expires, now);
            link = mailer.url(token);
            if (!blank(request.contactEmail())) {
                afterCommit(request.contactEmail().strip(), link);
            }
            audit.record(AuditEvent.success("REFERRAL_LINK_CREATED", "REFERRAL", id, PURPOSE));
        }
        return new SentReferral(id, partner.name(), link);
    }

    /** The link goes out only once the referral exists for sure; the mail server never holds the transaction. */
    private void afterCommit(String to, String link) {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            mailer.send(to, link);
            return;
        }
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        mailer.send(to, link);
                    }
                });
    }

    private SignalFacts requireVisible(SchakelUser officer, SignalId signal, String action) {
        if (!signals.visibleTo(officer, signal)) {
            audit.record(denied(action, "SIGNAL", signal));
            throw new ReferralNotFoundException();
        }
        return signals.facts(signal).orElseThrow(ReferralNotFoundException::new);
    }

    private List<Organisation> partners(SchakelUser officer) {
        return organisations.inRegion(new RegionId(officer.regionId())).stream()
                .filter(o -> o.active() && PARTNER_TYPES.contains(o.type())
                        && !o.id().value().equals(officer.organisationId()))
                .toList();
    }

    static AuditEvent denied(String action, String type, Object id) {
        return new AuditEvent(action, type, String.valueOf(id), PURPOSE, Outcome.DENIED);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String strip(@Nullable String value) {
        return blank(value) ? null : value.strip();
    }
}
