package nl.schakel.notifications;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A notice waiting for someone. */
public record Notice(UUID id, NoticeKind kind, @Nullable UUID signalId, Instant createdAt) {
}
