package nl.schakel.web.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import org.jspecify.annotations.Nullable;

/**
 * The request as controllers see it: parameter names and values and the names of uploaded files without
 * characters that cannot be stored ({@link InputText}), and rows renumbered ({@link IndexedNames}).
 */
final class CleanRequest extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;
    /** Renumbered row names: multipart parts are named by them too, or the binder would see the old numbers. */
    private final Map<String, String> renumbering;

    private CleanRequest(HttpServletRequest request, Map<String, String[]> parameters,
            Map<String, String> renumbering) {
        super(request);
        this.parameters = Collections.unmodifiableMap(parameters);
        this.renumbering = Map.copyOf(renumbering);
    }

    /** Reads the parameters once and cleans them. */
    static CleanRequest of(HttpServletRequest request) throws IndexedNames.MalformedIndexException {
        Map<String, String[]> cleaned = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String[] values = parameter.getValue();
            String[] cleanValues = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                cleanValues[i] = InputText.clean(values[i]);
            }
            cleaned.merge(InputText.clean(parameter.getKey()), cleanValues, CleanRequest::concat);
        }
        Map<String, String> renumbering = IndexedNames.renumbering(cleaned.keySet());
        if (renumbering.isEmpty()) {
            return new CleanRequest(request, cleaned, renumbering);
        }
        Map<String, String[]> renumbered = new LinkedHashMap<>();
        cleaned.forEach((name, values) -> renumbered.merge(renumbering.getOrDefault(name, name), values,
                CleanRequest::concat));
        return new CleanRequest(request, renumbered, renumbering);
    }

    private static String[] concat(String[] first, String[] second) {
        String[] both = new String[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Override
    public @Nullable String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String @Nullable [] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
        List<Part> parts = new ArrayList<>();
        for (Part part : super.getParts()) {
            parts.add(new CleanPart(part, name(part)));
        }
        return parts;
    }

    @Override
    public @Nullable Part getPart(String name) throws IOException, ServletException {
        Part part = super.getPart(name);
        return part == null ? null : new CleanPart(part, name(part));
    }

    private String name(Part part) {
        String name = InputText.clean(part.getName());
        return renumbering.getOrDefault(name, name);
    }

    /** An uploaded part whose name (renumbered like the parameters), file name and headers hold only storable characters. */
    private record CleanPart(Part part, String name) implements Part {

        @Override
        public InputStream getInputStream() throws IOException {
            return part.getInputStream();
        }

        @Override
        public @Nullable String getContentType() {
            return InputText.clean(part.getContentType());
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public @Nullable String getSubmittedFileName() {
            return InputText.clean(part.getSubmittedFileName());
        }

        @Override
        public long getSize() {
            return part.getSize();
        }

        @Override
        public void write(String fileName) throws IOException {
            part.write(fileName);
        }

        @Override
        public void delete() throws IOException {
            part.delete();
        }

        @Override
        public @Nullable String getHeader(String name) {
            return InputText.clean(part.getHeader(name));
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return part.getHeaders(name).stream().map(InputText::clean).toList();
        }

        @Override
        public Collection<String> getHeaderNames() {
            return part.getHeaderNames();
        }
    }
}
