package nl.schakel.care.internal;

import java.util.List;
import java.util.UUID;

import nl.schakel.routing.ReferralBanners;
import nl.schakel.signal.SignalId;
import nl.schakel.stacking.RegistryPersons;
import org.springframework.stereotype.Component;

/**
 * The non-punishment flag travels as a banner on the police's referrals about the person: a flag on a registry
 * person that the referral's signal mentions. The banner names the offence, never the trajectory or its care.
 */
@Component
class NonPunishmentBanners implements ReferralBanners {

    private final RegistryPersons persons;
    private final NonPunishmentStore flags;

    NonPunishmentBanners(RegistryPersons persons, NonPunishmentStore flags) {
        this.persons = persons;
        this.flags = flags;
    }

    @Override
    public List<Banner> forSignal(UUID regionId, SignalId signal) {
        return flags.forSubjects(regionId, persons.mentionedIn(signal)).stream()
                .map(flag -> new Banner("care.nonPunishment.banner", "care.offence." + flag.offenceType().name()))
                .distinct().toList();
    }
}
