package nl.schakel.notifications.internal;

import nl.schakel.access.UserDirectory;
import nl.schakel.notifications.NoticeKind;
import nl.schakel.retention.RetentionNoticeDue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a record's owner, once and 30 days ahead, that it will be anonymised or deleted; the notice leads to the
 * page where the owner may extend it once (issue 15). The e-mail carries only the link.
 */
@Component
class RetentionNotifier {

    private final UserDirectory directory;
    private final NoticeSender sender;

    RetentionNotifier(UserDirectory directory, NoticeSender sender) {
        this.directory = directory;
        this.sender = sender;
    }

    @ApplicationModuleListener
    void on(RetentionNoticeDue event) {
        directory.active(event.ownerId()).ifPresent(owner -> sender.notifyWithLink(java.util.List.of(owner),
                NoticeKind.RETENTION_DUE_SOON, "/bewaartermijnen/" + event.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "/"
                        + event.recordId()));
    }
}
