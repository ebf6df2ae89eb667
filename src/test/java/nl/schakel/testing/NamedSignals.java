package nl.schakel.testing;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.attachments.Attachments;
import nl.schakel.attachments.Upload;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Public signals from a reporter who gives their name, with an attachment: what crypto-shredding must reach. */
public final class NamedSignals {

    private NamedSignals() {
    }

    /** Sends a public signal for Utrecht whose reporter gives a name and phone number; returns its id. */
    public static UUID send(int port, JdbcClient jdbc, String description, String name, String phone) {
        String utrecht = jdbc.sql("select id from organisation where name = 'Gemeente Utrecht'").query(UUID.class)
                .single().toString();
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("description", description),
                Map.entry("municipalityId", utrecht), Map.entry("reporterType", "RESIDENT"),
                Map.entry("anonymous", "false"), Map.entry("reporterName", name), Map.entry("reporterPhone", phone)));
        WebSession resident = new WebSession(port);
        List<Map.Entry<String, String>> review = new ArrayList<>(form);
        review.add(Map.entry("step", "review"));
        HttpResponse<String> reviewed = resident.post("/melden", review);
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        form.add(Map.entry("step", "send"));
        assertThat(resident.post("/melden", form).statusCode()).as("Post/Redirect/Get").isEqualTo(303);
        return jdbc.sql("select id from signal where description = ?").param(description).query(UUID.class).single();
    }

    /** Sends such a signal and stores a file with it, as the signal module does at intake. */
    public static UUID sendWithFile(int port, JdbcClient jdbc, Attachments attachments, String description,
            String name, String phone, Upload file) {
        UUID id = send(port, jdbc, description, name, phone);
        attachments.store("SIGNAL", id, List.of(file));
        return id;
    }
}
