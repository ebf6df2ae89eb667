package nl.schakel.access.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a generated client needs from the OpenAPI document (issue 9): JSON first for success, problem+json
 * for every error, ids as uuid strings, no internal properties, enums and required as the server enforces
 * them, and the optional Idempotency-Key on every POST.
 */
@SchakelIntegrationTest
class OpenApiContractIntegrationTests {

    private static final String SCHEMAS = "#/components/schemas/";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void successAnswersAreJsonOnlyAndEveryErrorIsAProblem() {
        JsonNode document = OpenApiSnapshotIntegrationTests.live(port, json);
        List<String> checked = new ArrayList<>();

        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey() + " " + path.getKey();
                List<String> codes = new ArrayList<>(operation.getValue().get("responses").propertyNames());
                assertThat(codes.get(0)).as("%s: success first", name).startsWith("2");
                assertThat(codes).as(name).contains("401", "403");
                for (Map.Entry<String, JsonNode> response : operation.getValue().get("responses").properties()) {
                    List<String> media = new ArrayList<>(response.getValue().path("content").propertyNames());
                    if (response.getKey().startsWith("2")) {
                        assertThat(media).as("%s %s", name, response.getKey()).containsExactly("application/json");
                    } else {
                        assertThat(media).as("%s %s", name, response.getKey())
                                .containsExactly("application/problem+json");
                        assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asString())
                                .as("%s %s", name, response.getKey()).isEqualTo(SCHEMAS + "Problem");
                    }
                }
                if (operation.getKey().equals("post")) {
                    assertThat(codes).as(name).contains("400", "409");
                    assertThat(parameters(operation.getValue())).as(name).contains("Idempotency-Key");
                }
                if (path.getKey().contains("{id}")) {
                    assertThat(codes).as(name).contains("404");
                }
                checked.add(name);
            }
        }
        assertThat(checked).contains("post /api/v1/signals", "post /api/v1/referrals/{id}/feedback",
                "get /api/v1/referrals/{id}");
        assertThat(document.at("/components/schemas/Problem/properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "errors");
        assertThat(document.at("/components/schemas/Problem/properties/errors/items/$ref").asString())
                .isEqualTo(SCHEMAS + "FieldError");
    }

    @Test
    void idsAreUuidStringsAndNoSchemaHasInternalProperties() {
        JsonNode schemas = OpenApiSnapshotIntegrationTests.live(port, json).at("/components/schemas");

        for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
            assertThat(schema.getValue().path("properties").propertyNames()).as(schema.getKey())
                    .doesNotContain("blank", "open", "value", "empty");
        }
        assertThat(schemas.propertyNames()).doesNotContain("ReferralId", "SignalId", "SignalForm", "SharedReferral");
        for (String schema : List.of("Referral", "ReferralSummary", "SignalCreated", "Municipality")) {
            assertThat(schemas.at("/" + schema + "/properties/id/type").asString()).as(schema).isEqualTo("string");
            assertThat(schemas.at("/" + schema + "/properties/id/format").asString()).as(schema).isEqualTo("uuid");
        }
    }

    @Test
    void enumsAndRequiredAreWhatTheServerEnforces() {
        JsonNode schemas = OpenApiSnapshotIntegrationTests.live(port, json).at("/components/schemas");

        List<String> channels = new ArrayList<>();
        schemas.at("/PartnerChannel/enum").forEach(value -> channels.add(value.asString()));
        assertThat(channels).containsExactlyInAnyOrder("PARTNER", "VEILIG_THUIS", "MELD_MISDAAD_ANONIEM", "PHONE",
                "INSPECTION", "ONLINE_AD_MONITORING", "KVK_RISK_REPORT");
        assertThat(schemas.at("/SignalSubmission/properties/channel/$ref").asString())
                .isEqualTo(SCHEMAS + "PartnerChannel");
        assertThat(strings(schemas.at("/SignalSubmission/required"))).containsExactlyInAnyOrder("channel", "signal");
        assertThat(strings(schemas.at("/Signal/required"))).containsExactly("description");
        assertThat(schemas.at("/Signal/properties/description/minLength").asInt()).isEqualTo(10);
        assertThat(schemas.at("/Signal/properties").propertyNames())
                .doesNotContain("anonymous", "discussedWithManager", "reporterOrganisation");
        assertThat(strings(schemas.at("/DeclineRequest/required"))).containsExactly("reason");
        assertThat(strings(schemas.at("/FeedbackRequest/required"))).containsExactly("feedback");
    }

    private static List<String> parameters(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> names.add(parameter.get("name").asString()));
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
