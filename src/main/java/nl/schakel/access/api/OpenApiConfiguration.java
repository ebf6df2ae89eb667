package nl.schakel.access.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import nl.schakel.access.security.ApiProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

/**
 * The OpenAPI document of the REST API ({@code /v3/api-docs}, shown at {@code /swagger-ui.html}): only the
 * paths under {@code /api/v1} (see {@code springdoc.paths-to-match}), every operation behind the bearer
 * scheme, and the problem answers every operation can give.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Bean
    OpenAPI schakelOpenApi(ObjectProvider<BuildProperties> build, ApiProperties properties) {
        String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("development");
        return new OpenAPI()
                .info(new Info().title("Schakel API").version(version).description(description(properties)))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("skl_…")
                                .description("An API token from the administrator of your region. / "
                                        + "Een API-sleutel van de beheerder van uw regio.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Adds the answers the API's security gives to every operation, so clients can rely on them. The schema
     * is added here, with its references: springdoc drops component schemas nothing referred to before.
     */
    @Bean
    OpenApiCustomizer problemAnswers() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(this::addProblems));
        };
    }

    private void addProblems(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        responses.addApiResponse("401", problem("No token, or a token that is unknown, revoked or expired. / "
                + "Geen sleutel, of een onbekende, ingetrokken of verlopen sleutel."));
        responses.addApiResponse("403", problem("The token lacks the scope this operation needs. / "
                + "De sleutel mist de bevoegdheid voor deze handeling."));
        if (operation.getRequestBody() != null) {
            responses.addApiResponse("413", problem("The request body is over the limit. / "
                    + "Het verzoek is groter dan toegestaan."));
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem detail. / Een foutmelding volgens RFC 9457.")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Unauthorized"))
                .addProperty("status", new IntegerSchema().example(401))
                .addProperty("detail", new StringSchema().example("Token unknown, revoked or expired."));
    }

    private static String description(ApiProperties properties) {
        try {
            return new ClassPathResource("openapi/description.md").getContentAsString(StandardCharsets.UTF_8)
                    .replace("{maxBodySize}", readable(properties.maxBodySize()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readable(DataSize size) {
        return size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0 ? size.toMegabytes() + " MB"
                : size.toBytes() + " bytes";
    }
}
