package nl.schakel.access.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The public OpenAPI document and Swagger UI of the REST API, and that they open nothing else. */
@SchakelIntegrationTest
class OpenApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void theDocumentDescribesOnlyTheApiWithEveryOperationBehindTheBearerScheme() {
        HttpResponse<String> response = new WebSession(port).getJson("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        JsonNode document = json.readTree(response.body());
        assertThat(document.at("/info/title").asString()).isEqualTo("Schakel API");
        assertThat(document.at("/info/version").asString()).as("the API's own version, docs/api.md")
                .isEqualTo(OpenApiConfiguration.API_VERSION);
        assertThat(document.at("/info/description").asString())
                .contains("API-sleutel", "Authorization: Bearer", "application/problem+json", "1 MB");
        List<String> paths = new ArrayList<>(document.get("paths").propertyNames());
        assertThat(paths).contains("/api/v1/me").allMatch(path -> path.startsWith("/api/v1/"));
        assertThat(document.at("/components/securitySchemes/bearer/type").asString()).isEqualTo("http");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/security/0/bearer").isArray()).isTrue();
        JsonNode me = document.at("/paths/~1api~1v1~1me/get");
        assertThat(me.has("security")).as("no operation overrides the global bearer requirement").isFalse();
        assertThat(me.at("/responses/200").isMissingNode()).isFalse();
        assertThat(me.at("/responses/401/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(me.at("/responses/403").isMissingNode()).isFalse();
        assertThat(document.at("/components/schemas/Problem/properties").propertyNames())
                .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors", "currentStatus");
        assertThat(document.at("/paths/~1api~1v1~1test~1echo/post/responses/413").isMissingNode())
                .as("operations with a body document the size limit").isFalse();
    }

    @Test
    void theSwaggerUiIsPublic() {
        WebSession anonymous = new WebSession(port);

        HttpResponse<String> welcome = anonymous.get("/swagger-ui.html");
        HttpResponse<String> page = anonymous.get("/swagger-ui/index.html");
        HttpResponse<String> config = anonymous.getJson("/v3/api-docs/swagger-config");

        assertThat(welcome.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(welcome)).endsWith("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/v3/api-docs");
        assertThat(List.of(welcome, page, config)).allSatisfy(
                response -> assertThat(response.headers().allValues("Set-Cookie")).isEmpty());
    }

    @Test
    void theDocumentationPathsOpenNothingElse() {
        WebSession anonymous = new WebSession(port);

        HttpResponse<String> yaml = anonymous.get("/v3/api-docs.yaml");
        HttpResponse<String> neighbour = anonymous.get("/v3/other");
        HttpResponse<String> post = anonymous.post("/v3/api-docs");

        assertThat(WebSession.location(yaml)).endsWith("/login");
        assertThat(WebSession.location(neighbour)).endsWith("/login");
        assertThat(post.statusCode()).isEqualTo(403);
        WebSession reporter = new WebSession(port);
        reporter.login("melder", WebSession.DEMO_PASSWORD);
        assertThat(reporter.get("/v3/api-docs.yaml").statusCode()).isEqualTo(403);
    }
}
