package nl.schakel.stacking.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Minimal RFC 4180 CSV: a header row, fields quoted when they hold a comma, quote or line break. */
final class Csv {

    private Csv() {
    }

    static void write(Path file, List<String> header, Iterable<List<String>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(line(header));
            for (List<String> row : rows) {
                out.write(line(row));
            }
        }
    }

    /** Every row as a map from header name to value. */
    static List<Map<String, String>> read(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        each(file, rows::add);
        return rows;
    }

    /** Every row as a map from header name to value, one at a time (files too large to hold). */
    static void each(Path file, Consumer<Map<String, String>> action) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            List<String> header = first == null ? List.of() : parse(first).stream().map(String::strip).toList();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                List<String> fields = parse(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
                }
                action.accept(row);
            }
        }
    }

    private static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (line.length() > 0) {
                line.append(',');
            }
            boolean quote = field.contains(",") || field.contains("\"") || field.contains("\n");
            line.append(quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
        }
        return line.append('\n').toString();
    }

    /** One line; quoted fields spanning lines are not needed by the generator and not supported. */
    static List<String> parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
