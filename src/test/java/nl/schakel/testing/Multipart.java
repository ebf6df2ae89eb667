package nl.schakel.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Posts a form as multipart/form-data, as the public signal form is sent (it may carry files), without a session. */
public final class Multipart {

    /** A file part: its field, file name, content type and (text) content. */
    public record FilePart(String field, String filename, String contentType, String content) {
    }

    private Multipart() {
    }

    public static HttpResponse<String> post(int port, String path, Map<String, String> fields, FilePart... files)
            throws IOException, InterruptedException {
        String boundary = "----schakel" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((field, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(field).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        for (FilePart file : files) {
            body.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(file.field()).append("\"; filename=\"")
                    .append(file.filename()).append("\"\r\n")
                    .append("Content-Type: ").append(file.contentType()).append("\r\n\r\n")
                    .append(file.content()).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
