package nl.schakel.notifications.internal;

import nl.schakel.access.Role;
import nl.schakel.access.UserDirectory;
import nl.schakel.notifications.NoticeKind;
import nl.schakel.shelter.CapacityNotCurrent;
import nl.schakel.shelter.PlacementRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells care providers that their shelter figures are no longer current (once per lapse; the shelter module decides
 * when) and that a placement request awaits their answer. The notice leads to the page; the e-mail carries a link.
 */
@Component
class ShelterNotifier {

    private final UserDirectory directory;
    private final NoticeSender sender;

    ShelterNotifier(UserDirectory directory, NoticeSender sender) {
        this.directory = directory;
        this.sender = sender;
    }

    @ApplicationModuleListener
    void on(CapacityNotCurrent event) {
        sender.notifyWithLink(directory.activeWithRole(event.providerOrganisationId(), Role.CARE_PROVIDER),
                NoticeKind.CAPACITY_NOT_CURRENT, "/opvang");
    }

    @ApplicationModuleListener
    void on(PlacementRequested event) {
        sender.notifyWithLink(directory.activeWithRole(event.providerOrganisationId(), Role.CARE_PROVIDER),
                NoticeKind.PLACEMENT_REQUESTED, "/opvang/plaatsingen");
    }
}
