package nl.schakel.routing.web;

import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.routing.ReferralContacts;
import nl.schakel.routing.SharedReferral;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every partner page of a referral shows beside the shared parts (issue 16 item 3): the catalogue of the
 * signal's version, so codes read as words, and whom to call at the sending municipality.
 */
@Component
class PartnerPageModel {

    private final IndicatorCatalogues catalogues;
    private final ReferralContacts contacts;

    PartnerPageModel(IndicatorCatalogues catalogues, ReferralContacts contacts) {
        this.catalogues = catalogues;
        this.contacts = contacts;
    }

    void add(Model model, SharedReferral referral) {
        model.addAttribute("catalogue", referral.indicators() == null ? catalogues.current()
                : catalogues.version(referral.indicators().catalogueVersion()).orElseGet(catalogues::current));
        model.addAttribute("contact", contacts.forReferral(referral.id()).orElse(null));
    }
}
