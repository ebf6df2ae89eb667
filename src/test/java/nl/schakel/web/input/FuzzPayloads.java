package nl.schakel.web.input;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.springframework.web.multipart.MultipartFile;

/**
 * Malformed requests for one endpoint: the shapes the probe found (NUL bytes, broken indexes, a row without
 * row 0, broken multipart bodies, too many parameters, bytes that are no UTF-8) and many more generated from
 * the endpoint's own fields with jqwik. Every text carries a unique canary, so the log can be searched for it.
 */
class FuzzPayloads {

    /** The prefix of every canary: found in a log, it means submitted text reached the log. */
    static final String CANARY = "KNRY";

    private static final AtomicLong COUNTER = new AtomicLong();

    /** One request body (and query), as raw bytes so that anything can be sent. */
    record Payload(String kind, String query, String contentType, byte[] body, boolean truncated) {

        static Payload form(String kind, String urlEncoded) {
            return new Payload(kind, "", "application/x-www-form-urlencoded",
                    urlEncoded.getBytes(StandardCharsets.ISO_8859_1), false);
        }
    }

    /** A field of a form or JSON body, found from the handler method's parameters. */
    record Field(String name, Class<?> type) {
    }

    private final Random random;
    private final Arbitrary<String> nasty = NastyStrings.any();

    FuzzPayloads(long seed) {
        this.random = new Random(seed);
    }

    static String canary() {
        return CANARY + Long.toString(COUNTER.incrementAndGet(), 36) + "x";
    }

    // ---------------------------------------------------------------- fields from handler types

    /** The form fields a command type binds, rows expanded as name[0].field and name[1].field. */
    static List<Field> fields(String prefix, Type type, int depth) {
        List<Field> fields = new ArrayList<>();
        Class<?> raw = rawClass(type);
        if (depth > 3 || raw == null) {
            return fields;
        }
        if (isSimple(raw) || MultipartFile.class.isAssignableFrom(raw)) {
            fields.add(new Field(prefix, raw));
        } else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType parameterized) {
            Type element = parameterized.getActualTypeArguments()[0];
            Class<?> elementClass = rawClass(element);
            if (elementClass != null && (isSimple(elementClass) || MultipartFile.class.isAssignableFrom(elementClass))) {
                fields.add(new Field(prefix, elementClass));
            } else {
                fields.addAll(fields(prefix + "[0]", element, depth + 1));
                fields.addAll(fields(prefix + "[1]", element, depth + 1));
            }
        } else if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                String name = prefix.isEmpty() ? component.getName() : prefix + "." + component.getName();
                fields.addAll(fields(name, component.getGenericType(), depth + 1));
            }
        }
        return fields;
    }

    static boolean isSimple(Class<?> type) {
        return type.isPrimitive() || type.isEnum() || type == String.class || Number.class.isAssignableFrom(type)
                || type == Boolean.class || type == UUID.class || type == LocalDate.class
                || type.getName().startsWith("java.time.") || type == Character.class;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    // ---------------------------------------------------------------- values

    /** A value for a field: sometimes valid-looking, mostly hostile, always with a canary when it is text. */
    String value(Class<?> type) {
        int pick = random.nextInt(10);
        if (type.isEnum() && pick < 4) {
            Object[] constants = type.getEnumConstants();
            return constants[random.nextInt(constants.length)].toString();
        }
        if (type == UUID.class && pick < 3) {
            return UUID.randomUUID().toString();
        }
        if ((type == Boolean.class || type == boolean.class) && pick < 4) {
            return random.nextBoolean() ? "true" : "false";
        }
        if (type == LocalDate.class && pick < 3) {
            return LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
        }
        if ((Number.class.isAssignableFrom(type) || type.isPrimitive()) && pick < 3) {
            return String.valueOf(random.nextInt(200) - 20);
        }
        return text();
    }

    /** Hostile text with a canary in it. */
    String text() {
        String before = nasty.sample();
        String after = nasty.sample();
        return switch (random.nextInt(6)) {
            case 0 -> canary();
            case 1 -> before + canary() + after;
            case 2 -> "\u0000" + canary() + "\u0000";
            case 3 -> "Jan " + canary() + " de Vries\u0000" + after;
            case 4 -> canary() + " woont op Oudegracht 12, 3511 AB Utrecht, 06-12345678. " + before;
            default -> before + " " + canary() + " " + "x".repeat(random.nextInt(3) == 0 ? 12_000 : 20);
        };
    }

    // ---------------------------------------------------------------- forms

    /** At least {@code count} form payloads for an endpoint with these fields. */
    List<Payload> forms(List<Field> fields, int count) {
        List<Payload> payloads = new ArrayList<>(knownBadForms(fields));
        while (payloads.size() < count) {
            payloads.add(randomForm(fields));
        }
        return payloads;
    }

    private Payload randomForm(List<Field> fields) {
        StringBuilder body = new StringBuilder();
        for (Field field : fields) {
            if (MultipartFile.class.isAssignableFrom(field.type()) || random.nextInt(4) == 0) {
                continue;
            }
            String name = field.name();
            if (random.nextInt(8) == 0) {
                name = mangle(name);
            }
            append(body, name, value(field.type()));
        }
        if (random.nextInt(3) == 0) {
            append(body, canary() + "[" + random.nextInt(3) + "]", text());
        }
        return Payload.form("random", body.toString());
    }

    /** A field name broken the way the probe broke them. */
    private String mangle(String name) {
        String row = name.contains("[") ? name.replaceFirst("\\[\\d+\\]", "[%s]") : name + "[%s]";
        return switch (random.nextInt(7)) {
            case 0 -> row.formatted("-1");
            case 1 -> row.formatted("99999999999");
            case 2 -> row.formatted("5000");
            case 3 -> row.formatted(canary());
            case 4 -> name + "\u0000";
            case 5 -> name + "." + canary();
            default -> row.formatted("");
        };
    }

    private List<Payload> knownBadForms(List<Field> fields) {
        List<Payload> payloads = new ArrayList<>();
        String first = fields.stream().filter(f -> f.type() == String.class).map(Field::name).findFirst()
                .orElse("description");
        String c = canary();
        payloads.add(Payload.form("nul-raw", enc(first) + "=" + enc(c) + "%00" + enc(c)));
        payloads.add(Payload.form("nul-only", enc(first) + "=%00"));
        payloads.add(Payload.form("nul-name", enc(first) + "%00=" + enc(canary())));
        payloads.add(Payload.form("invalid-utf8", enc(first) + "=" + enc(canary()) + "%C3%28%FF%FE"));
        payloads.add(Payload.form("invalid-utf8-name", "%C3%28" + enc(canary()) + "=x"));
        payloads.add(Payload.form("broken-escape", enc(first) + "=" + enc(canary()) + "%zz%"));
        payloads.add(Payload.form("broken-escape-name", enc(canary()) + "%2=x"));
        payloads.add(Payload.form("lone-surrogate", enc(first) + "=" + enc(canary()) + "%ED%A0%80"));
        payloads.add(Payload.form("control-chars", enc(first) + "=" + enc(canary()) + "%01%02%1F%7F%EF%BF%BF"));
        for (String index : List.of("-1", "99999999999", "5000", "256", "0x1", "", " 1", "+1", "1e3")) {
            payloads.add(Payload.form("index " + index, "persons[" + enc(index) + "].name=" + enc(canary())
                    + "&phones[" + enc(index) + "].number=" + enc(canary())
                    + "&partners[" + enc(index) + "].selected=true"));
        }
        payloads.add(Payload.form("index-on-text", "description[0]=" + enc(canary()) + "&" + enc(first) + "[0]="
                + enc(canary()) + "&" + enc(first) + "[0].x=" + enc(canary())));
        payloads.add(Payload.form("row-without-row-0", "phones[1].number=" + enc(canary()) + "&persons[1].name="
                + enc(canary()) + "&persons[1].age=" + enc(canary()) + "&partners[1].selected=maybe"));
        payloads.add(Payload.form("partners-huge", "partners[99999].selected=true&partners[99999].organisationId="
                + enc(canary())));
        payloads.add(Payload.form("nested-map", enc(first) + "[" + enc(canary()) + "]=x&class.module="
                + enc(canary())));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1_200; i++) {
            append(many, "p" + i, canary());
        }
        payloads.add(Payload.form("1200-parameters", many.toString()));
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            append(rows, "persons[" + i + "].name", canary());
        }
        payloads.add(Payload.form("300-rows", rows.toString()));
        payloads.add(Payload.form("empty-names", "=" + enc(canary()) + "&&&=&" + enc(canary())));
        payloads.add(new Payload("charset-bogus", "", "application/x-www-form-urlencoded; charset=" + canary(),
                (enc(first) + "=" + enc(canary())).getBytes(StandardCharsets.US_ASCII), false));
        payloads.add(new Payload("charset-utf16", "", "application/x-www-form-urlencoded; charset=UTF-16",
                (enc(first) + "=" + enc(canary())).getBytes(StandardCharsets.US_ASCII), false));
        payloads.add(new Payload("json-to-form", "", "application/json",
                ("{\"" + first + "\":\"" + canary() + "\\u0000\"}").getBytes(StandardCharsets.UTF_8), false));
        payloads.add(new Payload("query-nul", enc(first) + "=" + enc(canary()) + "%00&lang=%00" + enc(canary()),
                "application/x-www-form-urlencoded", new byte[0], false));
        payloads.add(new Payload("query-invalid-utf8", enc(first) + "=%C3%28" + enc(canary()) + "&q=%ff",
                "application/x-www-form-urlencoded", new byte[0], false));
        payloads.add(new Payload("truncated-form", "", "application/x-www-form-urlencoded",
                (enc(first) + "=" + enc(canary()) + "&more=" + "y".repeat(2000)).getBytes(StandardCharsets.US_ASCII),
                true));
        payloads.addAll(multiparts(fields));
        return payloads;
    }

    private List<Payload> multiparts(List<Field> fields) {
        List<Payload> payloads = new ArrayList<>();
        String fileField = fields.stream().filter(f -> MultipartFile.class.isAssignableFrom(f.type()))
                .map(Field::name).findFirst().orElse("attachments");
        String text = fields.stream().filter(f -> f.type() == String.class).map(Field::name).findFirst()
                .orElse("description");
        payloads.add(new Payload("multipart-no-boundary", "", "multipart/form-data",
                ("--x\r\nContent-Disposition: form-data; name=\"" + text + "\"\r\n\r\n" + canary() + "\r\n--x--\r\n")
                        .getBytes(StandardCharsets.UTF_8), false));
        payloads.add(new Payload("multipart-wrong-boundary", "", "multipart/form-data; boundary=yyy",
                ("--x\r\nContent-Disposition: form-data; name=\"" + text + "\"\r\n\r\n" + canary() + "\r\n--x--\r\n")
                        .getBytes(StandardCharsets.UTF_8), false));
        payloads.add(new Payload("multipart-nul-filename", "", "multipart/form-data; boundary=b0",
                multipart(text, canary() + "\u0000", fileField, canary() + "\u0000.pdf", "%PDF-1.4 " + canary(), true),
                false));
        payloads.add(new Payload("multipart-canary-filename", "", "multipart/form-data; boundary=b0",
                multipart(text, "Er is iets " + canary() + " gebeurd in de kas", fileField,
                        canary() + ".png", canary(), true), false));
        payloads.add(new Payload("multipart-truncated", "", "multipart/form-data; boundary=b0",
                multipart(text, canary(), fileField, canary() + ".txt", canary().repeat(400), false), false));
        payloads.add(new Payload("multipart-truncated-stream", "", "multipart/form-data; boundary=b0",
                multipart(text, canary(), fileField, canary() + ".txt", canary().repeat(400), true), true));
        payloads.add(new Payload("multipart-nul-name", "", "multipart/form-data; boundary=b0",
                multipart(text + "\u0000" + canary(), canary(), fileField + "[" + canary() + "]", "a\u0000b",
                        canary(), true), false));
        StringBuilder manyParts = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            manyParts.append("--b0\r\nContent-Disposition: form-data; name=\"p").append(i).append("\"\r\n\r\n")
                    .append(canary()).append("\r\n");
        }
        manyParts.append("--b0--\r\n");
        payloads.add(new Payload("multipart-120-parts", "", "multipart/form-data; boundary=b0",
                manyParts.toString().getBytes(StandardCharsets.UTF_8), false));
        return payloads;
    }

    private static byte[] multipart(String textName, String textValue, String fileName, String filename,
            String content, boolean closed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--b0\r\nContent-Disposition: form-data; name=\"" + textName + "\"\r\n\r\n" + textValue
                + "\r\n--b0\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        if (closed) {
            out.writeBytes("--b0--\r\n".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- JSON

    /** At least {@code count} JSON payloads for an API endpoint whose body has these fields. */
    List<Payload> json(List<Field> fields, int count) {
        List<Payload> payloads = new ArrayList<>();
        String c = canary();
        for (String body : List.of("{", "{\"description\":\"" + c, "[" .repeat(5000), "{\"a\":" + "[".repeat(3000),
                "{\"description\":\"" + c + "\\u0000\"}", "{\"description\":\"\\ud800" + c + "\"}",
                "{\"" + c + "\\u0000\":1}", "{\"persons\":[{\"name\":\"" + c + "\\u0000\"}]}",
                "{\"persons\":{\"name\":\"" + c + "\"}}", "{\"description\":1e999999}", "{\"description\":"
                        + "9".repeat(5000) + "}", "null", "\"" + c + "\"", "[]", "{\"reason\":\"" + c + "\\u0000\"}",
                "{\"municipalityId\":\"" + c + "\"}", "{\"description\":\"" + c + "\"} trailing " + c,
                "\ufeff{\"description\":\"" + c + "\"}", "{\"description\":\"" + c + "\",\"description\":null}",
                "{'description':'" + c + "'}", "{\"observedOn\":\"" + c + "\",\"feedbackDue\":\"2026-02-31\"}")) {
            payloads.add(new Payload("json-known", "", "application/json", body.getBytes(StandardCharsets.UTF_8),
                    false));
        }
        payloads.add(new Payload("json-invalid-utf8", "", "application/json",
                concat("{\"description\":\"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28,
                        (byte) 0xFF}, (c + "\"}").getBytes(StandardCharsets.UTF_8)), false));
        payloads.add(new Payload("json-as-text", "", "text/plain", ("{\"description\":\"" + c + "\"}")
                .getBytes(StandardCharsets.UTF_8), false));
        payloads.add(new Payload("json-charset-bogus", "", "application/json; charset=" + canary(),
                ("{\"description\":\"" + c + "\"}").getBytes(StandardCharsets.UTF_8), false));
        payloads.add(new Payload("json-truncated-stream", "", "application/json",
                ("{\"description\":\"" + c + "x".repeat(3000) + "\"}").getBytes(StandardCharsets.UTF_8), true));
        payloads.add(new Payload("json-query-nul", "x=%00" + enc(canary()) + "&lang=%C3%28", "application/json",
                "{}".getBytes(StandardCharsets.UTF_8), false));
        while (payloads.size() < count) {
            payloads.add(new Payload("json-random", "", "application/json",
                    randomJson(fields).getBytes(StandardCharsets.UTF_8), false));
        }
        return payloads;
    }

    private String randomJson(List<Field> fields) {
        StringBuilder json = new StringBuilder("{");
        Map<String, Object> seen = new java.util.HashMap<>();
        for (Field field : fields) {
            String name = field.name().replaceAll("\\[\\d+\\]", "").replaceAll("\\..*", "");
            if (seen.containsKey(name) || random.nextInt(4) == 0) {
                continue;
            }
            seen.put(name, Boolean.TRUE);
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(jsonString(random.nextInt(12) == 0 ? name + "\u0000" + canary() : name)).append(':');
            boolean nested = field.name().contains(".") || field.name().contains("[");
            json.append(nested ? jsonRows(fields, name) : jsonValue(field.type()));
        }
        if (random.nextInt(4) == 0) {
            json.append(json.length() > 1 ? "," : "").append(jsonString(canary())).append(':')
                    .append(jsonString(text()));
        }
        return json.append('}').toString();
    }

    private String jsonRows(List<Field> fields, String list) {
        StringBuilder rows = new StringBuilder("[");
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            rows.append(i > 0 ? "," : "").append('{');
            boolean first = true;
            for (Field field : fields) {
                if (field.name().startsWith(list + "[0].")) {
                    String name = field.name().substring((list + "[0].").length());
                    if (name.contains(".") || name.contains("[")) {
                        continue;
                    }
                    rows.append(first ? "" : ",").append(jsonString(name)).append(':').append(jsonValue(field.type()));
                    first = false;
                }
            }
            rows.append('}');
        }
        if (random.nextInt(5) == 0) {
            rows.append(count > 0 ? "," : "").append(random.nextBoolean() ? "null" : jsonString(canary()));
        }
        return random.nextInt(10) == 0 ? jsonString(canary()) : rows.append(']').toString();
    }

    private String jsonValue(Class<?> type) {
        return switch (random.nextInt(10)) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> "[" + jsonString(canary()) + "]";
            case 3 -> "{\"x\":" + jsonString(canary()) + "}";
            case 4 -> "true";
            default -> jsonString(value(type));
        };
    }

    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                out.append('\\').append(ch);
            } else if (ch < 0x20 || Character.isSurrogate(ch) || ch >= 0xFFFE) {
                out.append(String.format("\\u%04x", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.append('"').toString();
    }

    // ---------------------------------------------------------------- helpers

    /** Path variable values: a real one when known, otherwise hostile ones. */
    String pathValue(String real) {
        return switch (random.nextInt(10)) {
            case 0 -> enc(canary()) + "%00";
            case 1 -> UUID.randomUUID().toString();
            case 2 -> enc(canary());
            case 3 -> "%C3%28" + enc(canary());
            default -> real;
        };
    }

    private static void append(StringBuilder body, String name, String value) {
        if (!body.isEmpty()) {
            body.append('&');
        }
        body.append(enc(name)).append('=').append(enc(value));
    }

    /** Percent-encodes as UTF-8, lone surrogates as the bytes a careless encoder sends for them. */
    static String enc(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isSurrogate(ch) && !(Character.isHighSurrogate(ch) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                out.append("%ED%A0%80");
            } else if (Character.isHighSurrogate(ch)) {
                out.append(java.net.URLEncoder.encode(text.substring(i, i + 2), StandardCharsets.UTF_8));
                i++;
            } else {
                out.append(java.net.URLEncoder.encode(String.valueOf(ch), StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
