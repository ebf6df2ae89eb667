package nl.schakel.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import nl.schakel.access.SchakelUser;
import nl.schakel.routing.LegalBasis;
import nl.schakel.routing.PartnerReferrals;
import nl.schakel.routing.ReferralBackdating;
import nl.schakel.routing.ReferralId;
import nl.schakel.routing.ReferralRequest;
import nl.schakel.routing.Referrals;
import nl.schakel.routing.SharedPart;
import nl.schakel.signal.SignalId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** A referral the partner accepted and answered with feedback, for {@link ReportYearSignalsDemo}'s signals. */
@Component
class DemoReferrals {

    private final ObjectProvider<Referrals> referrals;
    private final ObjectProvider<PartnerReferrals> partners;
    private final ObjectProvider<ReferralBackdating> backdating;
    private final Clock clock;

    DemoReferrals(ObjectProvider<Referrals> referrals, ObjectProvider<PartnerReferrals> partners,
            ObjectProvider<ReferralBackdating> backdating, Clock clock) {
        this.referrals = referrals;
        this.partners = partners;
        this.backdating = backdating;
        this.clock = clock;
    }

    boolean available() {
        return referrals.getIfAvailable() != null && partners.getIfAvailable() != null
                && backdating.getIfAvailable() != null;
    }

    /** Sends the signal to the partner of this demo user, who accepts it and gives feedback; then moved back. */
    void answered(DemoRegion region, SchakelUser officer, SignalId signal, String partnerUser, LegalBasis basis,
            int daysBack) {
        SchakelUser partner = SignalsDemo.user(region, partnerUser);
        ReferralId id = referrals.getObject().send(officer, signal, new ReferralRequest(partner.organisationId(),
                basis, basis == LegalBasis.OTHER ? "Convenant Zorg- en Veiligheidshuis regio Utrecht" : null,
                EnumSet.of(SharedPart.DESCRIPTION), LocalDate.now(clock).plusDays(7), "Graag beoordelen.", null));
        PartnerReferrals.Partner as = PartnerReferrals.Partner.of(partner).orElseThrow();
        partners.getObject().answer(as, id, PartnerReferrals.Answer.ACCEPT, null);
        partners.getObject().answer(as, id, PartnerReferrals.Answer.FEEDBACK,
                "Wij hebben het opgepakt; de betrokkene is gesproken en krijgt hulp.");
        if (daysBack > 0) {
            backdating.getObject().moveBack(id, daysBack);
        }
    }
}
