package nl.schakel.routing;

import java.util.List;
import java.util.Optional;

import nl.schakel.access.UserDirectory;
import nl.schakel.directory.Directory;
import nl.schakel.directory.DirectoryCard;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.RegionId;
import nl.schakel.routing.internal.ReferralStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Whom a partner calls about a referral (issue 16 item 3): the officer who sent it and the directory card of the
 * sending organisation; and the cards of the partners the officer may choose. Callers read the referral through
 * {@link PartnerReferrals} or {@link SecureLinkReferrals} first, which decide whether the partner may see it.
 */
@Service
public class ReferralContacts {

    private final ReferralStore store;
    private final UserDirectory users;
    private final Directory directory;

    ReferralContacts(ReferralStore store, UserDirectory users, Directory directory) {
        this.store = store;
        this.users = users;
        this.directory = directory;
    }

    /** The municipality's contact for a referral the partner has just been allowed to read. */
    public record Contact(@Nullable String officerName, String organisationName, @Nullable DirectoryCard card) {
    }

    public Optional<Contact> forReferral(ReferralId id) {
        return store.find(id).map(r -> new Contact(
                store.sentBy(id).map(u -> users.displayNames(List.of(u)).get(u)).orElse(null),
                r.sendingOrganisationName(),
                directory.card(new RegionId(r.regionId()), new OrganisationId(r.sendingOrganisationId())).orElse(null)));
    }

    /** A partner's card, for the officer's routing form. */
    public Optional<DirectoryCard> card(RegionId region, OrganisationId partner) {
        return directory.card(region, partner);
    }
}
