package nl.schakel.notifications;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A notice waiting for someone.
 *
 * @param referralId set for notices to partners about a referral routed to them (they cannot see the signal)
 * @param path where a notice about something else leads (e.g. {@code /trajecten/<id>})
 * @param reference the signal's reference, for a notice about a signal (only its officers get those), else null
 * @param acute whether the notice is about an acute signal
 */
public record Notice(UUID id, NoticeKind kind, @Nullable UUID signalId, @Nullable UUID referralId, Instant createdAt,
        @Nullable String path, @Nullable String reference, boolean acute) {

    Notice(UUID id, NoticeKind kind, @Nullable UUID signalId, @Nullable UUID referralId, Instant createdAt,
            @Nullable String path) {
        this(id, kind, signalId, referralId, createdAt, path, null, kind == NoticeKind.ACUTE_SIGNAL_RECEIVED);
    }

    /** The same notice, naming its signal. */
    Notice about(String reference, boolean acuteSignal) {
        return new Notice(id, kind, signalId, referralId, createdAt, path, reference, acute || acuteSignal);
    }

    /** Where the notice leads: the signal for its officers, the referral for a partner. */
    public String link() {
        if (path != null) {
            return path;
        }
        if (signalId != null) {
            return "/signalen/" + signalId;
        }
        return referralId != null ? "/doorverwijzingen/" + referralId : "/";
    }
}
