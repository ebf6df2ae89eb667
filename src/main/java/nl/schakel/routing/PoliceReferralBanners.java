package nl.schakel.routing;

import java.util.List;

import nl.schakel.routing.PartnerReferrals.Partner;
import nl.schakel.routing.internal.ReferralStore;
import org.springframework.stereotype.Service;

/** The banners of every {@link ReferralBanners} for the police's page of a referral routed to them. */
@Service
public class PoliceReferralBanners {

    private final ReferralStore store;
    private final List<ReferralBanners> banners;

    PoliceReferralBanners(ReferralStore store, List<ReferralBanners> banners) {
        this.store = store;
        this.banners = banners;
    }

    /** Empty when the referral is not the partner's. */
    public List<ReferralBanners.Banner> forReferral(Partner partner, ReferralId id) {
        return store.findForPartner(id, partner.organisationId())
                .map(r -> banners.stream().flatMap(b -> b.forSignal(r.regionId(), r.signalId()).stream()).toList())
                .orElse(List.of());
    }
}
