package nl.schakel.access.api.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Table {@code api_idempotency}: per API token and key, the hash of the first request and, once it is
 * answered, that answer. Every statement commits on its own, so a key is claimed before the request runs
 * and two requests with the same key cannot both run.
 */
@Component
class IdempotencyStore {

    /** What became of an attempt to claim a key. */
    sealed interface Claim {
    }

    /** The key is new (or expired): this request runs, and its answer is stored under {@code id}. */
    record Claimed(UUID id) implements Claim {
    }

    /** The key is known for this token. */
    record Known(UUID id, String requestHash, @Nullable StoredResponse response) implements Claim {
    }

    /** The first answer to a key, as it was sent. */
    record StoredResponse(int status, @Nullable String contentType, @Nullable String location, byte[] body) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdempotencyProperties properties;

    IdempotencyStore(JdbcClient jdbc, Clock clock, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    Claim claim(UUID tokenId, String key, String requestHash) {
        Instant now = clock.instant();
        // An expired key, or one whose request never finished, is free again.
        jdbc.sql("""
                delete from api_idempotency where token_id = :token and idempotency_key = :key
                and (created_at < :expired or (completed_at is null and created_at < :abandoned))""")
                .param("token", tokenId).param("key", key)
                .param("expired", java.sql.Timestamp.from(now.minus(properties.retention())))
                .param("abandoned", java.sql.Timestamp.from(now.minus(properties.abandonedAfter())))
                .update();
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into api_idempotency (id, token_id, idempotency_key, request_hash, created_at)
                values (:id, :token, :key, :hash, :now) on conflict (token_id, idempotency_key) do nothing""")
                .param("id", id).param("token", tokenId).param("key", key).param("hash", requestHash)
                .param("now", java.sql.Timestamp.from(now))
                .update();
        if (inserted == 1) {
            return new Claimed(id);
        }
        Optional<Known> known = jdbc.sql("""
                select id, request_hash, response_status, response_type, response_location, response_body
                from api_idempotency where token_id = :token and idempotency_key = :key""")
                .param("token", tokenId).param("key", key)
                .query((rs, row) -> {
                    int status = rs.getInt("response_status");
                    StoredResponse response = rs.wasNull() ? null : new StoredResponse(status,
                            rs.getString("response_type"), rs.getString("response_location"),
                            rs.getBytes("response_body"));
                    return new Known(rs.getObject("id", UUID.class), rs.getString("request_hash"), response);
                })
                .optional();
        // Deleted between the insert and the select (expiry, or its request failed): try once more.
        return known.<Claim>map(k -> k).orElseGet(() -> claim(tokenId, key, requestHash));
    }

    void complete(UUID id, StoredResponse response) {
        jdbc.sql("""
                update api_idempotency set completed_at = :now, response_status = :status, response_type = :type,
                response_location = :location, response_body = :body where id = :id""")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("status", response.status())
                .param("type", response.contentType()).param("location", response.location())
                .param("body", response.body()).param("id", id)
                .update();
    }

    /** The request failed on the server: the client may try again with the same key. */
    void release(UUID id) {
        jdbc.sql("delete from api_idempotency where id = :id and completed_at is null").param("id", id).update();
    }

    /** Keys and stored answers are kept no longer than the retention. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void purge() {
        jdbc.sql("delete from api_idempotency where created_at < :expired")
                .param("expired", java.sql.Timestamp.from(clock.instant().minus(properties.retention())))
                .update();
    }
}
