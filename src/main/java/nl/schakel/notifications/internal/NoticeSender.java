package nl.schakel.notifications.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.schakel.access.UserDirectory;
import nl.schakel.notifications.NoticeKind;
import nl.schakel.notifications.NotificationProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Leaves a notice for each recipient and, when SMTP is configured and they gave an address, e-mails
 * them that something waits — with a link and nothing else: no names, no content.
 */
@Component
class NoticeSender {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final NotificationProperties properties;
    private final Clock clock;

    NoticeSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, MessageSource messages,
            NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param path where the notice leads, e.g. {@code /signalen/<id>}; the e-mail's only content
     */
    void notify(List<UserDirectory.Member> recipients, NoticeKind kind, @Nullable UUID signalId,
            @Nullable UUID referralId, String path) {
        notify(recipients, kind, signalId, referralId, null, path);
    }

    /** A notice naming a signal (its reference) that leads somewhere other than the officer's signal page. */
    void notifyAboutSignal(List<UserDirectory.Member> recipients, NoticeKind kind, UUID signalId, String path) {
        notify(recipients, kind, signalId, null, path, path);
    }

    /** A notice about something other than a signal or a referral: it leads to {@code path}. */
    void notifyWithLink(List<UserDirectory.Member> recipients, NoticeKind kind, String path) {
        notify(recipients, kind, null, null, path, path);
    }

    private void notify(List<UserDirectory.Member> recipients, NoticeKind kind, @Nullable UUID signalId,
            @Nullable UUID referralId, @Nullable String link, String path) {
        for (UserDirectory.Member member : recipients) {
            jdbc.sql("""
                    insert into notice (id, recipient_id, kind, signal_id, referral_id, created_at, link)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), member.id().value(), kind.name(), signalId, referralId,
                            OffsetDateTime.now(clock), link)
                    .update();
            if (member.email() != null) {
                mail.ifAvailable(sender -> send(sender, member.email(), kind, path));
            }
        }
    }

    private void send(JavaMailSender sender, String to, NoticeKind kind, String path) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to);
        message.setSubject(messages.getMessage("notice.mail.subject." + kind.name(), null, DUTCH));
        message.setText(messages.getMessage("notice.mail.body", new Object[] {properties.baseUrl().resolve(path)},
                DUTCH));
        try {
            sender.send(message);
        } catch (MailException e) {
            // The in-app notice is there; a mail server hiccup must not undo it. No address in the log.
            log.warn("Could not send a notification e-mail: {}", e.getClass().getSimpleName());
        }
    }
}
