package nl.schakel.access;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.access.security.SessionTerminator;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.sealing.Sealer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login through an organisation's own OpenID Connect provider: the administrator sets the provider (issuer, client id,
 * secret, sealed), whether the organisation logs in only that way, and links each user once to the subject the
 * provider knows them by. Roles stay Schakel's. Every change is audited.
 */
@Service
public class OidcSettings {

    private static final String PURPOSE = "ADMINISTRATION";

    private final JdbcClient jdbc;
    private final Sealer sealer;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final SessionTerminator sessions;
    private final Clock clock;
    /** Only tests set this: the in-test provider speaks plain http. */
    private final boolean allowHttpIssuers;

    OidcSettings(JdbcClient jdbc, Sealer sealer, Organisations organisations, AuditTrail audit,
            SessionTerminator sessions, Clock clock,
            @Value("${schakel.login.oidc.allow-http-issuers:false}") boolean allowHttpIssuers) {
        this.allowHttpIssuers = allowHttpIssuers;
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.organisations = organisations;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** An organisation's provider as the administrator sees it (never the secret). */
    public record Provider(UUID organisationId, String issuer, String clientId, boolean oidcOnly,
            OffsetDateTime updatedAt, boolean requireMfa, @Nullable String mfaAcr) {

        /** The {@code amr} values that show multi-factor authentication (RFC 8176). */
        private static final java.util.Set<String> MFA_METHODS = java.util.Set.of("mfa", "otp", "hwk", "swk", "sms",
                "fpt", "face", "iris", "retina", "vbm");

        /** Whether an ID token with these {@code amr} values and this {@code acr} is good enough here. */
        public boolean acceptsAuthentication(@Nullable List<String> amr, @Nullable String acr) {
            return !requireMfa || (amr != null && amr.stream().anyMatch(MFA_METHODS::contains))
                    || (mfaAcr != null && mfaAcr.equals(acr));
        }
    }

    /** Whether the provider must show multi-factor authentication, and an {@code acr} value that shows it. */
    public record Mfa(boolean required, @Nullable String acr) {

        public static final Mfa REQUIRED = new Mfa(true, null);
    }

    /** A way to log in shown on the login page: the organisation's name and where its login starts. */
    public record LoginOption(String organisationName, String path) {
    }

    public Optional<Provider> find(UUID organisationId) {
        return jdbc.sql("select organisation_id, issuer, client_id, oidc_only, updated_at, require_mfa, mfa_acr "
                + "from organisation_oidc where organisation_id = ?").param(organisationId)
                .query((rs, n) -> new Provider(rs.getObject("organisation_id", UUID.class), rs.getString("issuer"),
                        rs.getString("client_id"), rs.getBoolean("oidc_only"),
                        rs.getObject("updated_at", OffsetDateTime.class), rs.getBoolean("require_mfa"),
                        rs.getString("mfa_acr")))
                .optional();
    }

    /** The client secret, unsealed, for the login itself only. */
    public String clientSecret(UUID organisationId) {
        byte[] sealed = jdbc.sql("select client_secret from organisation_oidc where organisation_id = ?")
                .param(organisationId).query(byte[].class).single();
        return new String(sealer.unseal(sealed, context(organisationId)), StandardCharsets.UTF_8);
    }

    /** Every active organisation with a provider, for the login page. */
    public List<LoginOption> loginOptions() {
        return jdbc.sql("select organisation_id from organisation_oidc").query(UUID.class).list().stream()
                .map(id -> organisations.find(new OrganisationId(id)))
                .flatMap(Optional::stream).filter(Organisation::active)
                .map(o -> new LoginOption(o.name(), "/oauth2/authorization/" + o.id().value()))
                .sorted(java.util.Comparator.comparing(LoginOption::organisationName)).toList();
    }

    public boolean oidcOnly(UUID organisationId) {
        return find(organisationId).map(Provider::oidcOnly).orElse(false);
    }

    /**
     * Sets an organisation's provider; a blank secret keeps the one stored. A new issuer forgets every subject linked
     * at the old one (a subject means nothing at another provider); a new issuer or a switch to OIDC only ends the
     * sessions of the organisation's users.
     */
    @Transactional
    public void configure(RegionId region, UUID organisationId, String issuer, String clientId,
            @Nullable String clientSecret, boolean oidcOnly, Mfa mfa) {
        requireInRegion(region, organisationId);
        if (!issuerAllowed(issuer, allowHttpIssuers)) {
            throw new UserAdministrationException("issuer", "oidc.issuer.invalid");
        }
        boolean keepSecret = clientSecret == null || clientSecret.isBlank();
        Optional<Provider> before = find(organisationId);
        boolean newIssuer = before.isPresent() && !before.get().issuer().equals(issuer.strip());
        boolean nowOidcOnly = oidcOnly && before.map(p -> !p.oidcOnly()).orElse(true);
        if (keepSecret && before.isEmpty()) {
            throw new UserAdministrationException("clientSecret", "oidc.clientSecret.required");
        }
        byte[] sealed = keepSecret ? null
                : sealer.seal(clientSecret.strip().getBytes(StandardCharsets.UTF_8), context(organisationId));
        jdbc.sql("""
                insert into organisation_oidc (organisation_id, issuer, client_id, client_secret, oidc_only, updated_at,
                    require_mfa, mfa_acr)
                values (:id, :issuer, :clientId, coalesce(:secret, ''::bytea), :oidcOnly, :now, :requireMfa, :acr)
                on conflict (organisation_id) do update set issuer = excluded.issuer, client_id = excluded.client_id,
                    client_secret = coalesce(:secret, organisation_oidc.client_secret), oidc_only = excluded.oidc_only,
                    updated_at = excluded.updated_at, require_mfa = excluded.require_mfa, mfa_acr = excluded.mfa_acr""")
                .param("id", organisationId).param("issuer", issuer.strip()).param("clientId", clientId.strip())
                .param("secret", sealed, java.sql.Types.BINARY).param("oidcOnly", oidcOnly)
                .param("now", OffsetDateTime.now(clock)).param("requireMfa", mfa.required())
                .param("acr", mfa.acr() == null || mfa.acr().isBlank() ? null : mfa.acr().strip(), java.sql.Types.VARCHAR)
                .update();
        audit.record(AuditEvent.success("OIDC_CONFIGURED", "ORGANISATION", organisationId, PURPOSE));
        if (newIssuer) {
            jdbc.sql("update app_user set oidc_subject = null, updated_at = ? where organisation_id = ? "
                    + "and oidc_subject is not null").params(OffsetDateTime.now(clock), organisationId).update();
        }
        if (newIssuer || nowOidcOnly) {
            jdbc.sql("select username from app_user where organisation_id = ?").param(organisationId)
                    .query(String.class).list().forEach(sessions::endSessionsOf);
        }
    }

    /** Links a user to the subject their organisation's provider knows them by (blank: unlinks). */
    @Transactional
    public void linkSubject(RegionId region, UserId user, @Nullable String subject) {
        UUID organisationId = jdbc.sql("select organisation_id from app_user where id = ?").param(user.value())
                .query(UUID.class).optional().orElseThrow(UnknownUserException::new);
        requireInRegion(region, organisationId);
        String value = subject == null || subject.isBlank() ? null : subject.strip();
        try {
            jdbc.sql("update app_user set oidc_subject = ?, updated_at = ? where id = ?")
                    .params(value, OffsetDateTime.now(clock), user.value()).update();
        } catch (DuplicateKeyException e) {
            throw new UserAdministrationException("oidcSubject", "oidc.subject.taken");
        }
        audit.record(AuditEvent.success("USER_OIDC_LINKED", "USER", user, PURPOSE));
        String username = jdbc.sql("select username from app_user where id = ?").param(user.value())
                .query(String.class).single();
        sessions.endSessionsOf(username);
    }

    public Optional<String> subjectOf(UserId user) {
        return jdbc.sql("select oidc_subject from app_user where id = ?").param(user.value())
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o);
    }

    /** An issuer is an https address (tokens and the client secret travel to it); plain http only in tests. */
    static boolean issuerAllowed(String issuer, boolean allowHttp) {
        String address = issuer.strip().toLowerCase(java.util.Locale.ROOT);
        return address.matches("https://[^\\s/]+.*") || allowHttp && address.matches("http://[^\\s/]+.*");
    }

    private void requireInRegion(RegionId region, UUID organisationId) {
        if (!organisations.isActiveIn(region, new OrganisationId(organisationId))) {
            throw new UserAdministrationException("organisationId", "user.organisation.invalid");
        }
    }

    private static String context(UUID organisationId) {
        return "oidc-client-secret:" + organisationId;
    }
}
