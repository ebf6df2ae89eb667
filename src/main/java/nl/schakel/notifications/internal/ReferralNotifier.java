package nl.schakel.notifications.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.UserDirectory;
import nl.schakel.notifications.NoticeKind;
import nl.schakel.notifications.NotificationProperties;
import nl.schakel.routing.ReferralChanged;
import nl.schakel.routing.ReferralDueSoon;
import nl.schakel.routing.ReferralOverdue;
import nl.schakel.routing.ReferralStatus;
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
 * Tells partners that a referral awaits them (and when it is due or overdue), and the sending officers
 * when a partner answers or lets a referral run over. Partners' notices lead to the referral, officers'
 * to the signal. The e-mail carries only a link.
 */
@Component
class ReferralNotifier {

    private static final Logger log = LoggerFactory.getLogger(ReferralNotifier.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Set<Role> PARTNER_ROLES = EnumSet.of(Role.CARE_COORDINATOR, Role.REPORTING_CENTRE,
            Role.POLICE, Role.LABOUR_INSPECTORATE, Role.CARE_PROVIDER);
    private static final Map<ReferralStatus, NoticeKind> TO_OFFICERS = Map.of(
            ReferralStatus.ACCEPTED, NoticeKind.REFERRAL_ACCEPTED,
            ReferralStatus.DECLINED, NoticeKind.REFERRAL_DECLINED,
            ReferralStatus.FEEDBACK_GIVEN, NoticeKind.REFERRAL_FEEDBACK_GIVEN);

    private final JdbcClient jdbc;
    private final UserDirectory directory;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final NotificationProperties properties;
    private final Clock clock;

    ReferralNotifier(JdbcClient jdbc, UserDirectory directory, ObjectProvider<JavaMailSender> mail,
            MessageSource messages, NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
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
        notify(List.copyOf(members.values()), null, referralId, kind, "/doorverwijzingen/" + referralId);
    }

    private void notifyOfficers(UUID organisationId, UUID signalId, UUID referralId, NoticeKind kind) {
        notify(directory.activeWithRole(organisationId, Role.DESIGNATED_OFFICER), signalId, referralId, kind,
                "/signalen/" + signalId);
    }

    private void notify(List<UserDirectory.Member> recipients, @Nullable UUID signalId, UUID referralId,
            NoticeKind kind, String path) {
        for (UserDirectory.Member member : recipients) {
            jdbc.sql("""
                    insert into notice (id, recipient_id, kind, signal_id, referral_id, created_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), member.id().value(), kind.name(), signalId, referralId,
                            OffsetDateTime.now(clock))
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
            log.warn("Could not send a referral notification e-mail: {}", e.getClass().getSimpleName());
        }
    }
}
