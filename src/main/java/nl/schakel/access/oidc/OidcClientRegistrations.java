package nl.schakel.access.oidc;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import nl.schakel.access.OidcSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The organisations' OpenID Connect providers, from the database: the registration id is the organisation's id. The
 * provider's endpoints come from its discovery document, fetched once per configuration (kept until the
 * administrator changes it).
 */
@Component
class OidcClientRegistrations implements ClientRegistrationRepository {

    private final OidcSettings settings;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    OidcClientRegistrations(OidcSettings settings) {
        this.settings = settings;
    }

    private record Cached(java.time.OffsetDateTime version, ClientRegistration registration) {
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        UUID organisationId;
        try {
            organisationId = UUID.fromString(registrationId);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return settings.find(organisationId).map(provider -> {
            Cached cached = cache.get(registrationId);
            if (cached != null && cached.version().equals(provider.updatedAt())) {
                return cached.registration();
            }
            ClientRegistration registration = ClientRegistrations.fromIssuerLocation(provider.issuer())
                    .registrationId(registrationId)
                    .clientId(provider.clientId())
                    .clientSecret(settings.clientSecret(organisationId))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid")
                    .userNameAttributeName("sub")
                    .build();
            cache.put(registrationId, new Cached(provider.updatedAt(), registration));
            return registration;
        }).orElse(null);
    }
}
