package nl.schakel.administration.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an administrator fills in to create an API token.
 *
 * @param expiresOn the last day the token works, or null for a token that works until revoked
 */
public record ApiTokenForm(
        @NotNull(message = "{apiToken.organisation.required}") @Nullable UUID organisationId,
        @NotBlank(message = "{apiToken.name.required}")
        @Size(max = ApiTokens.NAME_MAX_LENGTH, message = "{apiToken.name.size}") @Nullable String name,
        @NotEmpty(message = "{apiToken.scopes.required}") @Nullable Set<ApiScope> scopes,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn) {

    static ApiTokenForm empty() {
        return new ApiTokenForm(null, "", EnumSet.noneOf(ApiScope.class), null);
    }
}
