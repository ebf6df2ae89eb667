package nl.schakel.testing;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Sends signals through the public form, as a resident would, for tests of what happens next. */
public final class TestSignals {

    private static final Pattern RECEIPT = Pattern.compile("<code>([0-9A-Z]{4}(?:-[0-9A-Z]{4}){5})</code>");

    private TestSignals() {
    }

    /** A signal as received: its id and the receipt code the resident got. */
    public record Sent(UUID id, String receipt) {
    }

    /**
     * Sends an anonymous public signal.
     *
     * @param extra further form fields, e.g. {@code Map.entry("indicators", "VNG_2_NO_OWN_ID")}; a field may repeat
     */
    public static Sent sendPublic(int port, JdbcClient jdbc, String description, String municipality,
            List<Map.Entry<String, String>> extra) {
        String municipalityId = jdbc.sql("select id from organisation where name = ?").param(municipality)
                .query(UUID.class).single().toString();
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("description", description),
                Map.entry("municipalityId", municipalityId), Map.entry("reporterType", "RESIDENT"),
                Map.entry("anonymous", "true")));
        form.addAll(extra);
        WebSession resident = new WebSession(port);
        List<Map.Entry<String, String>> review = new ArrayList<>(form);
        review.add(Map.entry("step", "review"));
        HttpResponse<String> reviewed = resident.post("/melden", review);
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        List<Map.Entry<String, String>> send = new ArrayList<>(form);
        send.add(Map.entry("step", "send"));
        HttpResponse<String> sent = resident.post("/melden", send);
        assertThat(sent.statusCode()).as("Post/Redirect/Get").isEqualTo(303);
        HttpResponse<String> receipt = resident.follow(sent);
        Matcher matcher = RECEIPT.matcher(receipt.body());
        assertThat(matcher.find()).as("receipt code shown").isTrue();
        UUID id = jdbc.sql("select id from signal where description = ?").param(description).query(UUID.class).single();
        return new Sent(id, matcher.group(1));
    }
}
