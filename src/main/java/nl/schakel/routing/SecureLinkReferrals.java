package nl.schakel.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.routing.PartnerReferrals.Answer;
import nl.schakel.routing.internal.Actor;
import nl.schakel.routing.internal.ReferralRow;
import nl.schakel.routing.internal.ReferralStore;
import nl.schakel.routing.internal.SecureLinkActor;
import nl.schakel.routing.internal.SecureLinks;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner without an account in Schakel opens a referral through its single-use secure link and answers once:
 * a decline with a reason, or feedback. Whoever holds the link acts as the partner, recorded as the link.
 */
@Service
public class SecureLinkReferrals {

    /** What a secure link leads to. */
    public sealed interface LinkResult {
        record Open(PartnerReferrals.Partner partner, SharedReferral referral) implements LinkResult {
        }

        /** Used, expired, or its referral no longer open: the link is gone. */
        record Gone() implements LinkResult {
        }

        record Unknown() implements LinkResult {
        }
    }

    private final SecureLinks links;
    private final ReferralStore store;
    private final PartnerReferrals partners;
    private final AuditTrail audit;
    private final Clock clock;

    SecureLinkReferrals(SecureLinks links, ReferralStore store, PartnerReferrals partners, AuditTrail audit,
            Clock clock) {
        this.links = links;
        this.store = store;
        this.partners = partners;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a secure link: the referral it was made for, as long as the link is unused, unexpired and open. */
    public LinkResult openLink(String token) {
        Instant now = clock.instant();
        Optional<SecureLinks.Link> link = links.find(token, now);
        if (link.isEmpty()) {
            return new LinkResult.Unknown();
        }
        ReferralRow referral = store.find(link.get().referralId()).orElse(null);
        if (referral == null || link.get().state() != SecureLinks.State.VALID || !referral.status().isOpen()) {
            return new LinkResult.Gone();
        }
        PartnerReferrals.Partner partner = holder(link.get(), referral);
        audit.record(AuditEvent.success("REFERRAL_VIEWED", "REFERRAL", referral.id(), Referrals.PURPOSE),
                partner.auditActor());
        return new LinkResult.Open(partner, partners.shared(referral));
    }

    /**
     * Answers through a secure link — a decline with a reason, or feedback — and uses the link up.
     *
     * @return false when the link is unknown, used, expired, or its referral no longer open
     */
    @Transactional
    public boolean answerByLink(String token, Answer answer, @Nullable String text) {
        if (answer != Answer.DECLINE && answer != Answer.FEEDBACK) {
            throw new ReferralRejectedException("answer", "routing.link.answer.required");
        }
        Instant now = clock.instant();
        Optional<SecureLinks.Link> link = links.find(token, now).filter(l -> l.state() == SecureLinks.State.VALID);
        if (link.isEmpty()) {
            return false;
        }
        ReferralRow referral = store.find(link.get().referralId()).filter(r -> r.status().isOpen()).orElse(null);
        if (referral == null) {
            return false;
        }
        PartnerReferrals.checkedText(answer, text);
        PartnerReferrals.Partner partner = holder(link.get(), referral);
        if (answer == Answer.FEEDBACK && referral.status() == ReferralStatus.SENT) {
            // Without an account there is no separate "accept": feedback implies it was taken up.
            partners.answer(partner, referral.id(), Answer.ACCEPT, null);
        }
        partners.answer(partner, referral.id(), answer, text);
        if (!links.consume(link.get().id(), now)) {
            throw new ReferralTransitionRefusedException(referral.status(), ReferralStatus.FEEDBACK_GIVEN);
        }
        return true;
    }

    /** Whoever holds the link acts for the partner organisation, recorded as the link. */
    private static PartnerReferrals.Partner holder(SecureLinks.Link link, ReferralRow referral) {
        SecureLinkActor actor = new SecureLinkActor(link.id(), referral.partnerOrganisationId());
        return new PartnerReferrals.Partner(referral.partnerOrganisationId(), Actor.secureLink(actor),
                Optional.of(actor));
    }
}
