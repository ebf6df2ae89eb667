package nl.schakel.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditNames;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens with which partner systems call the {@code /api} REST API for one organisation: created and
 * revoked by the region's administrator (audited), checked on every API request. Only a hash of each
 * token is stored; its value is shown once, at creation.
 */
@Service
public class ApiTokens implements AuditNames {

    public static final int NAME_MAX_LENGTH = 100;

    private static final String PURPOSE = "ADMINISTRATION";
    /** Writing on every request would turn each read into a write; a minute is precise enough. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final String SELECT = """
            select id, organisation_id, name, scopes, created_at, created_by, last_used_at, revoked_at, expires_at
            from api_token""";

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Organisations organisations, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a token for an active organisation of the region.
     *
     * @param expiresAt when the token stops working, or null for a token that works until revoked
     * @return the token with its value, which is not stored and cannot be shown again
     */
    @Transactional
    public CreatedApiToken create(RegionId region, OrganisationId organisation, String name, Set<ApiScope> scopes,
            @Nullable Instant expiresAt, UserId createdBy) {
        requireActiveOrganisationInRegion(region, organisation);
        String label = name.strip();
        if (label.isEmpty()) {
            throw new ApiTokenRejectedException("name", "apiToken.name.required");
        }
        if (label.length() > NAME_MAX_LENGTH) {
            throw new ApiTokenRejectedException("name", "apiToken.name.size");
        }
        if (scopes.isEmpty()) {
            throw new ApiTokenRejectedException("scopes", "apiToken.scopes.required");
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new ApiTokenRejectedException("expiresOn", "apiToken.expiresOn.past");
        }
        ApiTokenId id = ApiTokenId.random();
        String value = ApiTokenSecret.generate();
        jdbc.sql("""
                insert into api_token (id, organisation_id, name, token_hash, scopes, created_at, created_by,
                    expires_at)
                values (?, ?, ?, ?, ?::text[], ?, ?, ?)""")
                .params(id.value(), organisation.value(), label, ApiTokenSecret.hash(value),
                        scopes.stream().map(ApiScope::name).sorted().toArray(String[]::new), utc(now),
                        createdBy.value(), expiresAt == null ? null : utc(expiresAt))
                .update();
        audit.record(AuditEvent.success("API_TOKEN_CREATED", "API_TOKEN", id, PURPOSE));
        return new CreatedApiToken(id, value);
    }

    /** The tokens of the region's organisations, newest first, filtered in the query. */
    public List<ApiToken> inRegion(RegionId region) {
        Map<UUID, Organisation> byId = organisationsOf(region);
        if (byId.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return jdbc.sql(SELECT + " where organisation_id in (:organisations) order by created_at desc")
                .param("organisations", byId.keySet())
                .query(ApiTokens::map).list().stream()
                .map(stored -> stored.view(byId.get(stored.organisationId()).active(), now))
                .toList();
    }

    public Optional<ApiToken> find(RegionId region, ApiTokenId id) {
        Map<UUID, Organisation> byId = organisationsOf(region);
        if (byId.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql(SELECT + " where id = :id and organisation_id in (:organisations)")
                .param("id", id.value()).param("organisations", byId.keySet())
                .query(ApiTokens::map).optional()
                .map(stored -> stored.view(byId.get(stored.organisationId()).active(), now));
    }

    /** Revokes a token of the region at once; revoking it again changes nothing. */
    @Transactional
    public void revoke(RegionId region, ApiTokenId id, UserId revokedBy) {
        find(region, id).orElseThrow(UnknownApiTokenException::new);
        int changed = jdbc.sql(
                "update api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null").params(utc(clock.instant()), revokedBy.value(), id.value()).update();
        if (changed == 1) {
            audit.record(AuditEvent.success("API_TOKEN_REVOKED", "API_TOKEN", id, PURPOSE));
        }
    }

    /**
     * The partner system a presented token stands for, when the token is known, not revoked, not expired,
     * and its organisation is active. Failures are audited as counts per minute and reason (with the token's id
     * when it is known, never its value); successes are not: the endpoints audit what the client reads and writes.
     */
    public Optional<ApiClient> authenticate(String presented) {
        Optional<Stored> stored = ApiTokenSecret.wellFormed(presented)
                ? jdbc.sql(SELECT + " where token_hash = ?").param(ApiTokenSecret.hash(presented))
                        .query(ApiTokens::map).optional()
                : Optional.empty();
        Instant now = clock.instant();
        ApiToken.Status status = stored.map(s -> s.status(organisationActive(s.organisationId()), now)).orElse(null);
        if (status != ApiToken.Status.ACTIVE) {
            // Counted per minute and reason, not a record per attempt: anyone can send bad tokens endlessly.
            audit.recordRepeated(new AuditEvent("API_AUTHENTICATION", "API_TOKEN",
                    stored.map(s -> s.id().toString()).orElse(null), "AUTHENTICATION", Outcome.FAILURE),
                    status == null ? "UNKNOWN_TOKEN" : "TOKEN_" + status.name(), Optional.empty());
            return Optional.empty();
        }
        Stored token = stored.get();
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
            jdbc.sql("update api_token set last_used_at = ? where id = ?").params(utc(now), token.id().value())
                    .update();
        }
        return Optional.of(new ApiClient(token.id().value(), token.organisationId(), token.scopes()));
    }

    /** Token names for the audit viewer, which shows a token where it shows a user for people. */
    @Override
    public Map<UUID, String> namesOf(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, name from api_token where id in (:ids)").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A stored token, before its status is derived. */
    private record Stored(ApiTokenId id, UUID organisationId, String name, Set<ApiScope> scopes, Instant createdAt,
            UUID createdBy, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, @Nullable Instant expiresAt) {

        ApiToken.Status status(boolean organisationActive, Instant now) {
            if (revokedAt != null) {
                return ApiToken.Status.REVOKED;
            }
            if (expiresAt != null && !expiresAt.isAfter(now)) {
                return ApiToken.Status.EXPIRED;
            }
            return organisationActive ? ApiToken.Status.ACTIVE : ApiToken.Status.ORGANISATION_INACTIVE;
        }

        ApiToken view(boolean organisationActive, Instant now) {
            return new ApiToken(id, new OrganisationId(organisationId), name, scopes, createdAt, createdBy,
                    lastUsedAt, revokedAt, expiresAt, status(organisationActive, now));
        }
    }

    private void requireActiveOrganisationInRegion(RegionId region, OrganisationId id) {
        if (!organisations.isActiveIn(region, id)) {
            throw new ApiTokenRejectedException("organisationId", "apiToken.organisation.invalid");
        }
    }

    private boolean organisationActive(UUID id) {
        return organisations.find(new OrganisationId(id)).map(Organisation::active).orElse(false);
    }

    private Map<UUID, Organisation> organisationsOf(RegionId region) {
        return organisations.inRegion(region).stream()
                .collect(Collectors.toMap(o -> o.id().value(), Function.identity()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Stored map(ResultSet rs, int row) throws SQLException {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream((String[]) rs.getArray("scopes").getArray()).map(ApiScope::valueOf).forEach(scopes::add);
        return new Stored(new ApiTokenId(rs.getObject("id", UUID.class)), rs.getObject("organisation_id", UUID.class),
                rs.getString("name"), scopes, instant(rs, "created_at"), rs.getObject("created_by", UUID.class),
                instant(rs, "last_used_at"), instant(rs, "revoked_at"), instant(rs, "expires_at"));
    }
}
