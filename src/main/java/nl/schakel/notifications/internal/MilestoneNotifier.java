package nl.schakel.notifications.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.UserDirectory;
import nl.schakel.cases.MilestoneOverdue;
import nl.schakel.notifications.NoticeKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a milestone's owner, once, that it is overdue: the owner person, or when the milestone has none the people of
 * the owner organisation who work on cases. The notice leads to "Mijn casussen"; the e-mail carries only a link.
 */
@Component
class MilestoneNotifier {

    private static final java.util.Set<Role> CASE_ROLES = java.util.EnumSet.of(Role.DESIGNATED_OFFICER,
            Role.CARE_COORDINATOR, Role.REPORTING_CENTRE, Role.POLICE, Role.LABOUR_INSPECTORATE, Role.CARE_PROVIDER);

    private final UserDirectory directory;
    private final NoticeSender sender;

    MilestoneNotifier(UserDirectory directory, NoticeSender sender) {
        this.directory = directory;
        this.sender = sender;
    }

    @ApplicationModuleListener
    void on(MilestoneOverdue event) {
        Map<UUID, UserDirectory.Member> members = new LinkedHashMap<>();
        for (Role role : CASE_ROLES) {
            directory.activeWithRole(event.ownerOrganisationId(), role).forEach(m -> members.putIfAbsent(m.id().value(), m));
        }
        List<UserDirectory.Member> recipients = event.ownerPersonId() == null ? List.copyOf(members.values())
                : members.values().stream().filter(m -> m.id().value().equals(event.ownerPersonId())).toList();
        sender.notifyWithLink(recipients, NoticeKind.MILESTONE_OVERDUE, "/casussen");
    }
}
