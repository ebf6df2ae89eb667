package nl.schakel.access.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.media.ArraySchema;
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
    /** The API's own version (docs/api.md), apart from the application's build version. */
    static final String API_VERSION = "1.1.0";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String PROBLEM = "Problem";
    private static final String FIELD_ERROR = "FieldError";
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    static {
        // Enums as named schemas ($ref), one per type: generated clients get one enum class for each, and the
        // Java generator's code for sets of inline enums does not compile.
        ModelResolver.enumsAsRef = true;
    }

    @Bean
    OpenAPI schakelOpenApi(ApiProperties properties) {
        return new OpenAPI()
                .info(new Info().title("Schakel API").version(API_VERSION).description(description(properties)))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("skl_…")
                                .description("An API token from the administrator of your region. / "
                                        + "Een API-sleutel van de beheerder van uw regio.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Makes the document one that generated clients use unchanged: success answers only as
     * {@code application/json} and first, every error answer as {@code application/problem+json} with the
     * {@code Problem} schema (never the success body), the answers the API's security and idempotency give to
     * every operation, and the optional {@code Idempotency-Key} header on every POST. The schemas are added
     * here, with their references: springdoc drops component schemas nothing referred to before.
     */
    @Bean
    OpenApiCustomizer problemAnswers() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema()).addSchemas(FIELD_ERROR, fieldErrorSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                    (method, operation) -> complete(path, method, operation)));
        };
    }

    private void complete(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses given = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean post = method == PathItem.HttpMethod.POST;
        Map<String, ApiResponse> answers = new TreeMap<>();
        given.forEach((code, response) -> {
            if (code.startsWith("2")) {
                answers.put(code, successOnly(response, post));
            } else if (!code.equals("413") || operation.getRequestBody() != null) {
                // springdoc copies the site's upload-limit advice (413) to every operation: only bodies can be too large
                answers.put(code, problem(response.getDescription()));
            }
        });
        if (post) {
            answers.putIfAbsent("400", problem("Malformed JSON, invalid fields, or an invalid Idempotency-Key. / "
                    + "Ongeldige JSON, ongeldige velden of een ongeldige Idempotency-Key."));
            answers.merge("409", problem("The Idempotency-Key was used for another request, or a request with it is "
                    + "still running. / De Idempotency-Key is al voor een ander verzoek gebruikt, of dat verzoek loopt nog."),
                    (annotated, idempotency) -> problem(annotated.getDescription() + " Or: "
                            + idempotency.getDescription()));
            operation.addParametersItem(new HeaderParameter().name(IDEMPOTENCY_KEY).required(false)
                    .description("Optional. The same key with the same request gives the first answer again and "
                            + "creates nothing; with another request: 409. Kept 24 hours, per token. / Optioneel: "
                            + "dezelfde sleutel met hetzelfde verzoek geeft het eerste antwoord opnieuw.")
                    .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$"))
                    .example("6f1c2b4e-8d0a-4f57-9a51-2d3c4b5a6978"));
        }
        if (path.contains("{id}")) {
            answers.putIfAbsent("404", problem("No such object for this organisation. / Bestaat niet voor deze organisatie."));
        }
        answers.put("401", problem("No token, or a token that is unknown, revoked or expired. / "
                + "Geen sleutel, of een onbekende, ingetrokken of verlopen sleutel."));
        answers.put("403", problem("The token lacks the scope this operation needs. / "
                + "De sleutel mist de bevoegdheid voor deze handeling."));
        if (operation.getRequestBody() != null) {
            answers.put("413", problem("The request body is over the limit. / Het verzoek is groter dan toegestaan."));
        }
        ApiResponses responses = new ApiResponses();
        answers.forEach(responses::addApiResponse);
        operation.setResponses(responses);
    }

    /** Only JSON for a success answer, so a generated client asks for it ({@code Accept: application/json}). */
    private static ApiResponse successOnly(ApiResponse response, boolean post) {
        Content content = response.getContent();
        if (content != null && content.get(JSON) != null) {
            response.setContent(new Content().addMediaType(JSON, content.get(JSON)));
        }
        if (post) {
            response.addHeaderObject("Idempotent-Replayed", new Header()
                    .description("`true` when this is the stored answer to an earlier request with the same "
                            + "Idempotency-Key. / `true` bij het bewaarde antwoord op een eerder verzoek.")
                    .schema(new StringSchema()._enum(java.util.List.of("true"))));
        }
        return response;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem detail. / Een foutmelding volgens RFC 9457.")
                .addProperty("type", new StringSchema().description("Absent means about:blank: the status says it all.")
                        .example("about:blank"))
                .addProperty("title", new StringSchema().example("Unauthorized"))
                .addProperty("status", new IntegerSchema().example(401))
                .addProperty("detail", new StringSchema().example("Token unknown, revoked or expired."))
                .addProperty("instance", new StringSchema().description("The path of the request.")
                        .example("/api/v1/signals"))
                .addProperty("errors", new ArraySchema().description("400 and 422: what is wrong with which field. "
                        + "/ Wat er mis is met welk veld.").items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR)))
                .addProperty("currentStatus", new StringSchema().description("409 on a referral: its status now. "
                        + "/ De huidige status van de doorverwijzing.").example("DECLINED"))
                .required(java.util.List.of("title", "status"));
    }

    private static Schema<?> fieldErrorSchema() {
        return new ObjectSchema()
                .addProperty("field", new StringSchema().example("signal.description"))
                .addProperty("message", new StringSchema().example("Briefly describe what you saw."))
                .required(java.util.List.of("field", "message"));
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
