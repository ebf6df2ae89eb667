package nl.schakel.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schakel.access.ApiClient;
import nl.schakel.access.ApiScope;
import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditActor;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import nl.schakel.signal.SignalDetail;
import nl.schakel.organisations.Department;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.routing.internal.Actor;
import nl.schakel.routing.internal.FeedbackEntries;
import nl.schakel.routing.internal.PartEntries;
import nl.schakel.routing.internal.PartnerAccounts;
import nl.schakel.routing.internal.ReferralRow;
import nl.schakel.routing.internal.ReferralStore;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalSummary;
import nl.schakel.signal.Signals;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner's side (route step 5): the referrals sent to their organisation, what was shared, and the
 * answers — accept, decline with a reason, in progress, feedback (more than once), and completing it as a step of
 * its own. A partner is a person with a partner role,
 * a partner system's token with scope REFERRALS, or whoever holds a secure link. Another organisation's
 * referral does not exist for them (denied attempts are audited).
 */
@Service
public class PartnerReferrals {

    private static final int MAX_TEXT = 5000;

    private final ReferralStore store;
    private final Signals signals;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PartEntries captured;
    private final FeedbackEntries feedback;

    PartnerReferrals(ReferralStore store, Signals signals, Organisations organisations,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock, PartEntries captured,
            FeedbackEntries feedback) {
        this.captured = captured;
        this.feedback = feedback;
        this.store = store;
        this.signals = signals;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Who answers: the organisation they act for, and how they are recorded. */
    public record Partner(UUID organisationId, Actor actor, Optional<AuditActor> auditActor) {

        public static Optional<Partner> of(SchakelUser user) {
            return PartnerAccounts.isPartner(user)
                    ? Optional.of(new Partner(user.organisationId(), Actor.user(user.userId()), Optional.empty()))
                    : Optional.empty();
        }

        public static Optional<Partner> of(ApiClient client) {
            return client.hasScope(ApiScope.REFERRALS)
                    ? Optional.of(new Partner(client.organisationId(), Actor.api(client), Optional.empty()))
                    : Optional.empty();
        }
    }

    /** FEEDBACK may be given again until the partner completes the referral (COMPLETE, after at least one). */
    public enum Answer { ACCEPT, DECLINE, START, FEEDBACK, COMPLETE }

    /** Referrals to the partner's organisation, open first; the list holds no signal content. */
    public List<PartnerReferral> list(Partner partner) {
        Instant now = clock.instant();
        record(partner, new AuditEvent("REFERRAL_LIST_VIEWED", "REFERRAL", null, Referrals.PURPOSE, Outcome.SUCCESS));
        List<ReferralRow> rows = store.forPartner(partner.organisationId());
        Set<SignalId> acute = signals.summaries(rows.stream().map(ReferralRow::signalId).toList()).stream()
                .filter(SignalSummary::acute).map(SignalSummary::id).collect(Collectors.toSet());
        return rows.stream()
                .map(r -> new PartnerReferral(r.id(), reference(r), r.sendingOrganisationName(), r.status(),
                        r.feedbackDue(), r.overdueAt(now), r.createdAt(), acute.contains(r.signalId())))
                .toList();
    }

    /** The referral with only the shared parts. Audited; another organisation's referral is denied. */
    public Optional<SharedReferral> read(Partner partner, ReferralId id) {
        Optional<ReferralRow> referral = store.findForPartner(id, partner.organisationId());
        if (referral.isEmpty()) {
            record(partner, Referrals.denied("REFERRAL_VIEWED", "REFERRAL", id));
            return Optional.empty();
        }
        record(partner, AuditEvent.success("REFERRAL_VIEWED", "REFERRAL", id, Referrals.PURPOSE));
        return Optional.of(shared(referral.get()));
    }

    /**
     * Answers a referral.
     *
     * @param text the decline reason or the feedback; required for those two, ignored otherwise
     * @throws ReferralNotFoundException when the referral is not the partner's
     * @throws ReferralRejectedException when a required text is missing or too long
     * @throws ReferralTransitionRefusedException when the referral's state does not allow this answer
     */
    @Transactional
    public void answer(Partner partner, ReferralId id, Answer answer, @Nullable String text) {
        ReferralRow referral = store.findForPartner(id, partner.organisationId()).orElseThrow(() -> {
            record(partner, Referrals.denied(action(answer), "REFERRAL", id));
            return new ReferralNotFoundException();
        });
        String clean = checkedText(answer, text);
        ReferralStatus to = switch (answer) {
            case ACCEPT -> ReferralStatus.ACCEPTED;
            case DECLINE -> ReferralStatus.DECLINED;
            case START -> ReferralStatus.IN_PROGRESS;
            case FEEDBACK -> ReferralStatus.FEEDBACK_GIVEN;
            case COMPLETE -> ReferralStatus.CLOSED;
        };
        referral.status().moveTo(to);
        if (answer == Answer.DECLINE) {
            store.decline(id, clean, proposal(referral));
        } else if (answer == Answer.FEEDBACK) {
            feedback.add(referral, clean, partner.actor(), clock.instant());
        }
        Transitions.move(store, events, clock, referral, to, partner.actor());
        record(partner, AuditEvent.success(action(answer), "REFERRAL", id, Referrals.PURPOSE));
    }

    /** The decline reason or feedback, checked before anything changes (and is audited). */
    static String checkedText(Answer answer, @Nullable String text) {
        String clean = text == null ? "" : text.strip();
        if ((answer == Answer.DECLINE || answer == Answer.FEEDBACK) && clean.isEmpty()) {
            throw new ReferralRejectedException(answer == Answer.DECLINE ? "reason" : "feedback",
                    answer == Answer.DECLINE ? "routing.reason.required" : "routing.feedback.required");
        }
        if (clean.length() > MAX_TEXT) {
            throw new ReferralRejectedException(answer == Answer.DECLINE ? "reason" : "feedback", "routing.text.tooLong");
        }
        return clean;
    }

    /** After a decline by the labour inspectorate's opsporing: its toezicht in the region, if there is one. */
    private @Nullable UUID proposal(ReferralRow referral) {
        Optional<Organisation> partner = organisations.find(new OrganisationId(referral.partnerOrganisationId()));
        if (partner.isEmpty() || partner.get().type() != OrganisationType.LABOUR_INSPECTORATE
                || partner.get().department() != Department.OPSPORING) {
            return null;
        }
        return organisations.inRegion(new RegionId(referral.regionId())).stream()
                .filter(o -> o.active() && o.type() == OrganisationType.LABOUR_INSPECTORATE
                        && o.department() == Department.TOEZICHT)
                .map(o -> o.id().value()).findFirst().orElse(null);
    }

    /** People and partner systems are the request's actor; a secure link is named explicitly. */
    private void record(Partner partner, AuditEvent event) {
        if (partner.auditActor().isPresent()) {
            audit.record(event, partner.auditActor());
        } else {
            audit.record(event);
        }
    }

    private String reference(ReferralRow referral) {
        return signals.holders(List.of(referral.signalId().value())).stream().findFirst()
                .map(Signals.Holder::reference).orElse("");
    }

    /**
     * What the partner may see: the shared parts only while they may act on the referral (after a decline, a revoke
     * or completion they keep only the referral's own record and their feedback). The captured parts are as they
     * were when the referral was sent (decision 0035). The safety flags — above all "do not inform involved
     * persons" — always go with the content: leaving them out could alert a perpetrator.
     */
    SharedReferral shared(ReferralRow r) {
        SignalDetail s = signals.forProcessing(r.signalId()).orElseThrow(ReferralNotFoundException::new);
        boolean content = r.status().withPartner();
        Set<SharedPart> parts = content ? r.parts() : Set.of();
        Map<SharedPart, List<SharedReferral.Entry>> kept = content ? captured.of(r.id()) : Map.of();
        return new SharedReferral(r.id(), s.reference(), r.sendingOrganisationName(), r.status(), r.legalBasis(),
                r.legalBasisText(), r.parts(), r.feedbackDue(), r.overdueAt(clock.instant()), r.createdAt(), r.note(),
                s.acute(), r.declineReason(), r.feedback(),
                parts.contains(SharedPart.DESCRIPTION) ? new SharedReferral.Description(s.description(),
                        s.observedWhen(), s.exploitationForms(), s.smuggling()) : null,
                parts.contains(SharedPart.PERSONS) ? s.persons() : null,
                parts.contains(SharedPart.OTHER_SUBJECTS) ? new SharedReferral.OtherSubjects(s.organisations(),
                        s.phones(), s.onlineIdentities(), s.vehicles()) : null,
                parts.contains(SharedPart.INDICATORS) ? new SharedReferral.Indicators(s.catalogueVersion(),
                        s.indicators(), s.otherIndicators()) : null,
                parts.contains(SharedPart.VULNERABILITIES) ? s.vulnerabilities() : null,
                content ? new SharedReferral.SafetyFlags(s.dangerToReporter(), s.dangerToVictim(), s.doNotInform())
                        : null,
                parts.contains(SharedPart.LOCATION) ? new SharedReferral.Location(s.locationAddress(), s.addresses())
                        : null,
                parts.contains(SharedPart.ATTACHMENTS) ? s.attachments().stream().filter(a -> !a.destroyed())
                        .map(a -> new SharedReferral.Attachment(a.filename(), a.contentType(), a.size())).toList()
                        : null,
                part(parts, kept, SharedPart.WEIGHING), part(parts, kept, SharedPart.ENRICHMENT),
                part(parts, kept, SharedPart.REPORTER_ANSWERS), feedback.of(r.id()));
    }

    /** A captured part, when shared: what was captured (nothing, when there was nothing to capture). */
    private static @Nullable List<SharedReferral.Entry> part(Set<SharedPart> parts,
            Map<SharedPart, List<SharedReferral.Entry>> kept, SharedPart part) {
        return parts.contains(part) ? kept.getOrDefault(part, List.of()) : null;
    }

    private static String action(Answer answer) {
        return switch (answer) {
            case ACCEPT -> "REFERRAL_ACCEPTED";
            case DECLINE -> "REFERRAL_DECLINED";
            case START -> "REFERRAL_STARTED";
            case FEEDBACK -> "REFERRAL_FEEDBACK_GIVEN";
            case COMPLETE -> "REFERRAL_COMPLETED";
        };
    }
}
