package nl.schakel.notifications.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.UserDirectory;
import nl.schakel.notifications.NoticeKind;
import nl.schakel.routing.ReferralChanged;
import nl.schakel.routing.ReferralDueSoon;
import nl.schakel.routing.ReferralOverdue;
import nl.schakel.routing.ReferralStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells partners that a referral awaits them (and when it is due or overdue), and the sending officers
 * when a partner answers or lets a referral run over. Partners' notices lead to the referral, officers'
 * to the signal. The e-mail carries only a link.
 */
@Component
class ReferralNotifier {

    private static final Set<Role> PARTNER_ROLES = Role.partners();
    private static final Map<ReferralStatus, NoticeKind> TO_OFFICERS = Map.of(
            ReferralStatus.ACCEPTED, NoticeKind.REFERRAL_ACCEPTED,
            ReferralStatus.DECLINED, NoticeKind.REFERRAL_DECLINED,
            ReferralStatus.FEEDBACK_GIVEN, NoticeKind.REFERRAL_FEEDBACK_GIVEN);

    private final UserDirectory directory;
    private final NoticeSender sender;

    ReferralNotifier(UserDirectory directory, NoticeSender sender) {
        this.directory = directory;
        this.sender = sender;
    }

    @ApplicationModuleListener
    void on(ReferralChanged event) {
        if (event.status() == ReferralStatus.SENT) {
            notifyPartner(event.partnerOrganisationId(), event.referralId().value(), NoticeKind.REFERRAL_RECEIVED);
        } else if (TO_OFFICERS.containsKey(event.status())) {
            notifyOfficers(event.sendingOrganisationId(), event.signalId().value(), event.referralId().value(),
                    TO_OFFICERS.get(event.status()));
        }
    }

    @ApplicationModuleListener
    void on(ReferralDueSoon event) {
        notifyPartner(event.partnerOrganisationId(), event.referralId().value(), NoticeKind.REFERRAL_DUE_SOON);
    }

    @ApplicationModuleListener
    void on(ReferralOverdue event) {
        notifyPartner(event.partnerOrganisationId(), event.referralId().value(), NoticeKind.REFERRAL_OVERDUE_PARTNER);
        notifyOfficers(event.sendingOrganisationId(), event.signalId().value(), event.referralId().value(),
                NoticeKind.REFERRAL_OVERDUE);
    }

    private void notifyPartner(UUID organisationId, UUID referralId, NoticeKind kind) {
        Map<UUID, UserDirectory.Member> members = new LinkedHashMap<>();
        for (Role role : PARTNER_ROLES) {
            directory.activeWithRole(organisationId, role).forEach(m -> members.putIfAbsent(m.id().value(), m));
        }
        sender.notify(List.copyOf(members.values()), kind, null, referralId, "/doorverwijzingen/" + referralId);
    }

    private void notifyOfficers(UUID organisationId, UUID signalId, UUID referralId, NoticeKind kind) {
        sender.notify(directory.activeWithRole(organisationId, Role.DESIGNATED_OFFICER), kind, signalId, referralId,
                "/signalen/" + signalId);
    }
}
