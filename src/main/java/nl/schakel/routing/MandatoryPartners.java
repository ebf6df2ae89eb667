package nl.schakel.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.routing.internal.PartnersLeftOut;
import nl.schakel.signal.SignalId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners the officer may leave out only with a reason (issue 13): when a rule of a {@link RoutingFact#MANDATORY}
 * fact recommends a partner (an unaccompanied minor → Nidos), sending without it needs a recorded reason. The
 * referrals and the reason are stored together.
 */
@Service
public class MandatoryPartners {

    private final Referrals referrals;
    private final PartnersLeftOut leftOut;
    private final AuditTrail audit;
    private final Clock clock;

    MandatoryPartners(Referrals referrals, PartnersLeftOut leftOut, AuditTrail audit, Clock clock) {
        this.referrals = referrals;
        this.leftOut = leftOut;
        this.audit = audit;
        this.clock = clock;
    }

    /** The mandatory recommendations that are not among the chosen partners. */
    public static List<Recommendation> leftOut(List<Recommendation> candidates, Collection<UUID> chosen) {
        return candidates.stream().filter(c -> !c.mandatoryFacts().isEmpty())
                .filter(c -> !chosen.contains(c.organisationId())).toList();
    }

    /** Sends the referrals and records why each mandatory partner was left out, all or nothing. */
    @Transactional
    public List<SentReferral> sendWithout(SchakelUser officer, SignalId signal, List<ReferralRequest> requests,
            List<Recommendation> left, String reason) {
        List<SentReferral> sent = referrals.sendAll(officer, signal, requests);
        Instant now = clock.instant();
        for (Recommendation partner : left) {
            for (RoutingFact fact : partner.mandatoryFacts()) {
                leftOut.record(signal, partner.organisationId(), fact, reason.strip(), officer.userId(), now);
            }
        }
        if (!left.isEmpty()) {
            audit.record(AuditEvent.success("REFERRAL_PARTNER_LEFT_OUT", "SIGNAL", signal, Referrals.PURPOSE));
        }
        return sent;
    }
}
