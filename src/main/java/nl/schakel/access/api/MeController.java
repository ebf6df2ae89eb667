package nl.schakel.access.api;

import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.schakel.access.ApiClient;
import nl.schakel.access.ApiScope;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets a partner system check its token: which organisation it acts for and what it may do. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Token", description = "Test your API token / Uw API-sleutel testen")
class MeController {

    private final Organisations organisations;

    MeController(Organisations organisations) {
        this.organisations = organisations;
    }

    /** What a token stands for. */
    record ApiIdentity(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) OrganisationSummary organisation,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Set<ApiScope> scopes) {
    }

    record OrganisationSummary(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name) {
    }

    @GetMapping("/me")
    @Operation(operationId = "readToken", summary = "The organisation and scopes of your token",
            description = "Answers 200 with the organisation the token acts for and the scopes it holds; use it to "
                    + "test a new token. / Geeft de organisatie waarvoor de sleutel werkt en de bevoegdheden ervan.")
    ApiIdentity me(@AuthenticationPrincipal ApiClient client) {
        // The token's organisation is active: authentication refuses tokens of deactivated organisations.
        Organisation organisation = organisations.find(new OrganisationId(client.organisationId())).orElseThrow();
        return new ApiIdentity(new OrganisationSummary(organisation.id().value(), organisation.name()),
                client.scopes());
    }
}
