package nl.schakel.catalogue.internal;

import java.time.OffsetDateTime;

/** A published version of the catalogue and when it was published. */
public record PublishedVersion(int version, OffsetDateTime publishedAt) {
}
