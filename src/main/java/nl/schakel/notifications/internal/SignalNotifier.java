package nl.schakel.notifications.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.UserDirectory;
import nl.schakel.handling.ClassificationAwaitingConfirmation;
import nl.schakel.intake.ReporterMessageReceived;
import nl.schakel.intake.SignalId;
import nl.schakel.intake.SignalReceived;
import nl.schakel.notifications.NoticeKind;
import nl.schakel.notifications.NotificationProperties;
import nl.schakel.stacking.StackEscalated;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the designated officers of the receiving organisation about new signals and reporters'
 * answers. The e-mail says only that something waits, with a link: no names, no content.
 */
@Component
class SignalNotifier {

    private static final Logger log = LoggerFactory.getLogger(SignalNotifier.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final JdbcClient jdbc;
    private final UserDirectory directory;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final NotificationProperties properties;
    private final Clock clock;

    SignalNotifier(JdbcClient jdbc, UserDirectory directory, ObjectProvider<JavaMailSender> mail,
            MessageSource messages, NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
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
        for (UserDirectory.Member officer : directory.activeWithRole(organisationId, Role.DESIGNATED_OFFICER)) {
            if (officer.id().value().equals(except)) {
                continue;
            }
            jdbc.sql("insert into notice (id, recipient_id, kind, signal_id, created_at) values (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), officer.id().value(), kind.name(), signal.value(),
                            OffsetDateTime.now(clock))
                    .update();
            if (officer.email() != null) {
                mail.ifAvailable(sender -> send(sender, officer.email(), kind, signal));
            }
        }
    }

    private void send(JavaMailSender sender, String to, NoticeKind kind, SignalId signal) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to);
        message.setSubject(messages.getMessage("notice.mail.subject." + kind.name(), null, DUTCH));
        message.setText(messages.getMessage("notice.mail.body", new Object[] {
                properties.baseUrl().resolve("/signalen/" + signal.value())}, DUTCH));
        try {
            sender.send(message);
        } catch (MailException e) {
            // The in-app notice is there; a mail server hiccup must not undo it. No address in the log.
            log.warn("Could not send a notification e-mail: {}", e.getClass().getSimpleName());
        }
    }
}
