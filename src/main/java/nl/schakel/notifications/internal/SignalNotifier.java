package nl.schakel.notifications.internal;

import java.util.List;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.UserDirectory;
import nl.schakel.handling.ClassificationAwaitingConfirmation;
import nl.schakel.intake.ReporterMessageReceived;
import nl.schakel.notifications.NoticeKind;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalReceived;
import nl.schakel.stacking.StackEscalated;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the designated officers of the receiving organisation about new signals and reporters'
 * answers. The e-mail says only that something waits, with a link: no names, no content.
 */
@Component
class SignalNotifier {

    private final UserDirectory directory;
    private final NoticeSender sender;

    SignalNotifier(UserDirectory directory, NoticeSender sender) {
        this.directory = directory;
        this.sender = sender;
    }

    @ApplicationModuleListener
    void on(SignalReceived event) {
        notifyOfficers(event.receivingOrganisationId(), event.signalId(),
                event.acute() ? NoticeKind.ACUTE_SIGNAL_RECEIVED : NoticeKind.SIGNAL_RECEIVED);
    }

    @ApplicationModuleListener
    void on(ReporterMessageReceived event) {
        notifyOfficers(event.receivingOrganisationId(), event.signalId(), NoticeKind.REPORTER_REPLIED);
    }

    @ApplicationModuleListener
    void on(StackEscalated event) {
        event.latestSignalPerOrganisation().forEach((organisation, signal) ->
                notifyOfficers(organisation, new SignalId(signal), NoticeKind.STACK_ESCALATED));
    }

    /** The four-eyes rule needs a second officer: everyone of the organisation but the one who chose. */
    @ApplicationModuleListener
    void on(ClassificationAwaitingConfirmation event) {
        notifyOfficers(event.organisationId(), event.signalId(), NoticeKind.CLASSIFICATION_TO_CONFIRM,
                event.proposedBy());
    }

    private void notifyOfficers(UUID organisationId, SignalId signal, NoticeKind kind) {
        notifyOfficers(organisationId, signal, kind, null);
    }

    private void notifyOfficers(UUID organisationId, SignalId signal, NoticeKind kind, @Nullable UUID except) {
        List<UserDirectory.Member> officers = directory.activeWithRole(organisationId, Role.DESIGNATED_OFFICER)
                .stream().filter(officer -> !officer.id().value().equals(except)).toList();
        sender.notify(officers, kind, signal.value(), null, "/signalen/" + signal.value());
    }
}
