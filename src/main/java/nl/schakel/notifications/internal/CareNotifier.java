package nl.schakel.notifications.internal;

import nl.schakel.access.Role;
import nl.schakel.access.UserDirectory;
import nl.schakel.care.B8NoticeDue;
import nl.schakel.notifications.NoticeKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the lead care coordinators that a B8 reflection period ends in 14 or 7 days, or ended without a decision.
 * The notice leads to the trajectory; the e-mail carries only that link.
 */
@Component
class CareNotifier {

    private final UserDirectory directory;
    private final NoticeSender sender;

    CareNotifier(UserDirectory directory, NoticeSender sender) {
        this.directory = directory;
        this.sender = sender;
    }

    @ApplicationModuleListener
    void on(B8NoticeDue event) {
        sender.notifyWithLink(directory.activeWithRole(event.leadOrganisationId(), Role.CARE_COORDINATOR),
                NoticeKind.valueOf("B8_" + event.notice().name()), "/trajecten/" + event.trajectoryId());
    }
}
