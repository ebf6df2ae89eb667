package nl.schakel.administration.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The administrator's forms for login through an organisation's own OpenID Connect provider. */
final class OidcForms {

    private OidcForms() {
    }

    /** An organisation's provider; a blank secret keeps the stored one. */
    record ProviderForm(
            @NotBlank(message = "{oidc.issuer.required}") @Size(max = 500)
            @Pattern(regexp = "https?://\\S+", message = "{oidc.issuer.invalid}") String issuer,
            @NotBlank(message = "{oidc.clientId.required}") @Size(max = 255) String clientId,
            @Size(max = 1000) String clientSecret,
            boolean oidcOnly, boolean requireMfa, @Size(max = 255) @Nullable String mfaAcr) {

        /** The client secret is never shown again, nor here. */
        @Override
        public String toString() {
            return "ProviderForm[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=…, oidcOnly=" + oidcOnly
                    + ", requireMfa=" + requireMfa + "]";
        }
    }

    /** The subject a user is known by at their organisation's provider; blank unlinks. */
    record SubjectForm(@Size(max = 255) String subject) {
    }
}
