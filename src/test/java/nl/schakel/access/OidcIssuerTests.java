package nl.schakel.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An organisation's issuer must be https; plain http only where a test allows it (the in-test provider). */
class OidcIssuerTests {

    @Test
    void onlyHttpsUnlessATestAllowsHttp() {
        assertThat(OidcSettings.issuerAllowed("https://login.microsoftonline.com/tenant/v2.0", false)).isTrue();
        assertThat(OidcSettings.issuerAllowed("http://keycloak.example/realms/gemeente", false)).isFalse();
        assertThat(OidcSettings.issuerAllowed("HTTP://keycloak.example/realms/gemeente", false)).isFalse();
        assertThat(OidcSettings.issuerAllowed("ftp://example", true)).isFalse();
        assertThat(OidcSettings.issuerAllowed("https://", false)).isFalse();
        assertThat(OidcSettings.issuerAllowed("http://localhost:1234/nieuwegein", true)).isTrue();
    }
}
