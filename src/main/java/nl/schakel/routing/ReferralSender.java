package nl.schakel.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.organisations.Organisation;
import nl.schakel.routing.internal.Actor;
import nl.schakel.routing.internal.LinkMailer;
import nl.schakel.routing.internal.PartnerAccounts;
import nl.schakel.routing.internal.ReferralStore;
import nl.schakel.routing.internal.RoutingProperties;
import nl.schakel.routing.internal.SecureLinks;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static nl.schakel.routing.ReferralChecks.blank;
import static nl.schakel.routing.ReferralChecks.rejected;
import static nl.schakel.routing.ReferralChecks.strip;

/**
 * Stores one checked referral as SENT, records and publishes it, and — for a partner without an account —
 * makes its secure link and mails it once the referral exists for sure.
 */
@Component
class ReferralSender {

    private final ReferralStore store;
    private final PartnerAccounts accounts;
    private final SecureLinks links;
    private final LinkMailer mailer;
    private final RoutingProperties properties;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralSender(ReferralStore store, PartnerAccounts accounts, SecureLinks links, LinkMailer mailer,
            RoutingProperties properties, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.links = links;
        this.mailer = mailer;
        this.properties = properties;
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
        store.recordEvent(id, ReferralStatus.SENT, Actor.user(officer.userId()), now);
        audit.record(AuditEvent.success("REFERRAL_SENT", "REFERRAL", id, Referrals.PURPOSE));
        events.publishEvent(new ReferralChanged(id, signal, officer.organisationId(), partner.id().value(),
                ReferralStatus.SENT, officer.userId(), now));
        String link = null;
        if (!accounts.hasAccount(partner.id().value())) {
            // The link lives at least as long as the partner has to answer, plus a week's grace.
            Instant expires = Collections.max(List.of(now.plus(properties.linkValidity()),
                    dueAt.plus(Duration.ofDays(7))));
            String token = links.create(id, expires, now);
            link = mailer.url(token);
            if (!blank(request.contactEmail())) {
                afterCommit(request.contactEmail().strip(), link);
            }
            audit.record(AuditEvent.success("REFERRAL_LINK_CREATED", "REFERRAL", id, Referrals.PURPOSE));
        }
        return new SentReferral(id, partner.name(), link);
    }

    private static @Nullable String basisText(ReferralRequest request) {
        return request.legalBasis() == LegalBasis.OTHER ? request.legalBasisText().strip()
                : strip(request.legalBasisText());
    }

    /** The link goes out only once the referral exists for sure; the mail server never holds the transaction. */
    private void afterCommit(String to, String link) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            mailer.send(to, link);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                mailer.send(to, link);
            }
        });
    }
}
