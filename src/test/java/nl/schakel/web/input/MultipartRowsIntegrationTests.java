package nl.schakel.web.input;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.schakel.testing.Multipart;
import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public form is sent as multipart (it may carry files). Rows with gaps in their numbers (even far beyond the row limit) are renumbered for
 * the parts as for plain parameters, so the binder sees one row 0 with what was typed, not a row 3 with gaps.
 */
@SchakelIntegrationTest
class MultipartRowsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rowsWithGapsInAMultipartFormAreKeptAsTyped() throws Exception {
        String name = "Rij" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("description", "Meerdelig formulier met gaten in de rijen " + UUID.randomUUID());
        fields.put("municipalityId", jdbc.sql("select id from organisation where name = 'Gemeente Utrecht'")
                .query(UUID.class).single().toString());
        fields.put("reporterType", "RESIDENT");
        fields.put("anonymous", "true");
        fields.put("persons[5000].name", name);
        fields.put("phones[1].number", "0612345678");
        fields.put("step", "review");
        HttpResponse<String> review = Multipart.post(port, "/melden", fields);

        assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
        assertThat(review.body()).contains(name).contains("0612345678");
    }
}
