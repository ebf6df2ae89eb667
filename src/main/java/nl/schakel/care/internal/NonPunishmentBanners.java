package nl.schakel.care.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schakel.care.NonPunishment;
import nl.schakel.cases.CaseBanners;
import nl.schakel.routing.ReferralBanners;
import nl.schakel.signal.SignalId;
import nl.schakel.stacking.RegistryPersons;
import org.springframework.stereotype.Component;

/**
 * The non-punishment flag travels as a banner on the police's referrals and on the cases about the person: a flag on
 * a registry person that the referral's signal, or one of the case's signals, mentions. The banner names the
 * offence, never the trajectory or its care.
 */
@Component
class NonPunishmentBanners implements ReferralBanners, CaseBanners {

    private static final String MESSAGE = "care.nonPunishment.banner";

    private final RegistryPersons persons;
    private final NonPunishmentStore flags;

    NonPunishmentBanners(RegistryPersons persons, NonPunishmentStore flags) {
        this.persons = persons;
        this.flags = flags;
    }

    @Override
    public List<ReferralBanners.Banner> forSignal(UUID regionId, SignalId signal) {
        return offences(regionId, persons.mentionedIn(signal)).stream()
                .map(offence -> new ReferralBanners.Banner(MESSAGE, offence)).toList();
    }

    @Override
    public List<CaseBanners.Banner> forSignals(UUID regionId, List<SignalId> signals) {
        Set<UUID> subjects = new LinkedHashSet<>();
        signals.forEach(signal -> subjects.addAll(persons.mentionedIn(signal)));
        return offences(regionId, subjects).stream().map(offence -> new CaseBanners.Banner(MESSAGE, offence)).toList();
    }

    private List<String> offences(UUID regionId, Collection<UUID> subjects) {
        return flags.forSubjects(regionId, subjects).stream().map(NonPunishment::offenceType)
                .map(type -> "care.offence." + type.name()).distinct().toList();
    }
}
