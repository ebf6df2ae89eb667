package nl.schakel.routing;

import java.time.Clock;
import java.time.Instant;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.organisations.Organisation;
import nl.schakel.routing.internal.Actor;
import nl.schakel.routing.internal.ReferralStore;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import static nl.schakel.routing.ReferralChecks.rejected;
import static nl.schakel.routing.ReferralChecks.strip;

/**
 * Stores one checked referral as SENT with the captured parts ticked (decision 0035), records and publishes it,
 * and — for a partner without an account — has its secure link made and mailed.
 */
@Component
class ReferralSender {

    private final ReferralStore store;
    private final SecureLinkIssuer links;
    private final CapturedParts captured;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralSender(ReferralStore store, SecureLinkIssuer links, CapturedParts captured, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.links = links;
        this.captured = captured;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    SentReferral send(SchakelUser officer, SignalId signal, ReferralRequest request, Organisation partner) {
        ReferralId id = ReferralId.random();
        Instant now = clock.instant();
        Instant dueAt = request.feedbackDue().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        try {
            store.insert(new ReferralStore.NewReferral(id, signal, officer.regionId(), officer.organisationId(),
                    partner.id().value(), request.legalBasis(), basisText(request), request.parts(),
                    strip(request.note()), request.feedbackDue(), dueAt, officer.userId()), now);
        } catch (DuplicateKeyException e) {
            throw rejected("partnerOrganisationId", "routing.partner.alreadyOpen");
        }
        captured.capture(id, signal, request.parts());
        store.recordEvent(id, ReferralStatus.SENT, Actor.user(officer.userId()), now);
        audit.record(AuditEvent.success("REFERRAL_SENT", "REFERRAL", id, Referrals.PURPOSE));
        events.publishEvent(new ReferralChanged(id, signal, officer.organisationId(), partner.id().value(),
                ReferralStatus.SENT, officer.userId(), now));
        String link = links.issue(id, partner.id().value(), dueAt, request.contactEmail(), now);
        return new SentReferral(id, partner.name(), link);
    }

    private static @Nullable String basisText(ReferralRequest request) {
        return request.legalBasis() == LegalBasis.OTHER ? request.legalBasisText().strip()
                : strip(request.legalBasisText());
    }
}
