package nl.schakel.notifications.internal;

import java.util.List;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.UserDirectory;
import nl.schakel.intake.AcuteSignalPassedCosigning;
import nl.schakel.intake.CosignatureRequested;
import nl.schakel.intake.CosignatureReturned;
import nl.schakel.notifications.NoticeKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Route step 1 (decision 0034): tells the managers of the reporter's organisation that a signal waits for their
 * co-signature or went to the officer at once because it is acute, and the reporter that their manager asked a
 * question. The notice names the signal's reference; the e-mail only that something waits, with a link.
 */
@Component
class CosignNotifier {

    private final UserDirectory directory;
    private final NoticeSender sender;

    CosignNotifier(UserDirectory directory, NoticeSender sender) {
        this.directory = directory;
        this.sender = sender;
    }

    @ApplicationModuleListener
    void on(CosignatureRequested event) {
        sender.notifyAboutSignal(managers(event.organisationId()), NoticeKind.COSIGNATURE_REQUESTED,
                event.signalId().value(), "/ondertekenen/" + event.signalId().value());
    }

    @ApplicationModuleListener
    void on(AcuteSignalPassedCosigning event) {
        sender.notifyAboutSignal(managers(event.organisationId()), NoticeKind.ACUTE_SIGNAL_PASSED_COSIGNING,
                event.signalId().value(), "/ondertekenen");
    }

    @ApplicationModuleListener
    void on(CosignatureReturned event) {
        List<UserDirectory.Member> reporter = directory.activeWithRole(event.organisationId(), Role.REPORTER).stream()
                .filter(member -> member.id().value().equals(event.reporterAccountId())).toList();
        sender.notifyAboutSignal(reporter, NoticeKind.COSIGNATURE_RETURNED, event.signalId().value(),
                "/signalen/mijn/" + event.signalId().value());
    }

    private List<UserDirectory.Member> managers(UUID organisationId) {
        return directory.activeWithRole(organisationId, Role.MANAGER);
    }
}
