package nl.schakel.access.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document validates as OpenAPI 3.1 (swagger-parser), and the checked-in OpenAPI document from which the build generates the contract test's client
 * ({@code src/test/resources/openapi/schakel-v1.json}) is the live one, so the generated client cannot go
 * stale. On a difference the live document is written to {@code target/openapi/schakel-v1.json}.
 */
@SchakelIntegrationTest
class OpenApiSnapshotIntegrationTests {

    static final Path SNAPSHOT = Path.of("src/test/resources/openapi/schakel-v1.json");
    static final Path LIVE = Path.of("target/openapi/schakel-v1.json");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void theSnapshotIsTheLiveDocument() throws IOException {
        JsonNode live = live(port, json);
        Files.createDirectories(LIVE.getParent());
        Files.writeString(LIVE, json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(live) + "\n",
                StandardCharsets.UTF_8);

        assertThat(Files.exists(SNAPSHOT)).as("snapshot missing: cp %s %s", LIVE, SNAPSHOT).isTrue();
        assertThat(json.readTree(Files.readString(SNAPSHOT))).as("the API changed: check it, then cp %s %s",
                LIVE, SNAPSHOT).isEqualTo(live);
    }

    @Test
    void theDocumentIsValidOpenApi31() {
        String live = json.writeValueAsString(live(port, json));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);

        SwaggerParseResult result = new OpenAPIV3Parser().readContents(live, null, options);

        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getMessages()).isEmpty();
    }

    /**
     * The document without the test-only probe endpoints ({@code /api/v1/test/**}) and without its server
     * (springdoc names the address the document was read from).
     */
    static JsonNode live(int port, JsonMapper json) {
        ObjectNode document = (ObjectNode) json.readTree(new WebSession(port).getJson("/v3/api-docs").body());
        document.remove("servers");
        ObjectNode paths = (ObjectNode) document.get("paths");
        paths.propertyNames().stream().filter(path -> path.startsWith("/api/v1/test/")).toList()
                .forEach(paths::remove);
        return document;
    }
}
