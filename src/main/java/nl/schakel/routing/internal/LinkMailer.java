package nl.schakel.routing.internal;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mails a secure link to a partner without an account, when SMTP is configured. Only the link: no content. */
@Component
public class LinkMailer {

    private static final Logger log = LoggerFactory.getLogger(LinkMailer.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final RoutingProperties properties;

    LinkMailer(ObjectProvider<JavaMailSender> mail, MessageSource messages, RoutingProperties properties) {
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
    }

    public void send(String to, String link) {
        mail.ifAvailable(sender -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.mailFrom());
            message.setTo(to);
            message.setSubject(messages.getMessage("routing.link.mail.subject", null, DUTCH));
            message.setText(messages.getMessage("routing.link.mail.body", new Object[] {link}, DUTCH));
            try {
                sender.send(message);
            } catch (MailException e) {
                // The officer saw the link and can pass it on; no address in the log.
                log.warn("Could not send a secure-link e-mail: {}", e.getClass().getSimpleName());
            }
        });
    }

    public String url(String token) {
        return properties.baseUrl().resolve("/doorverwijzing/" + token).toString();
    }
}
