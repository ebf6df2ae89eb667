package nl.schakel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the tables of {@code docs/architecture.md} that tests hold the code to (the module table, the data
 * ownership table), so the document and the code cannot drift apart silently.
 */
final class ArchitectureDocument {

    static final Path FILE = Path.of("docs", "architecture.md");

    private final List<String> lines;

    private ArchitectureDocument(List<String> lines) {
        this.lines = lines;
    }

    static ArchitectureDocument read() {
        try {
            return new ArchitectureDocument(Files.readAllLines(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows (cells without backticks) of the Markdown table whose first header cell is {@code firstHeader}.
     *
     * @throws IllegalStateException when the document has no such table
     */
    List<List<String>> table(String firstHeader) {
        for (int i = 0; i < lines.size(); i++) {
            List<String> header = cells(lines.get(i));
            if (!header.isEmpty() && header.get(0).equals(firstHeader)) {
                List<List<String>> rows = new ArrayList<>();
                for (int j = i + 2; j < lines.size() && lines.get(j).trim().startsWith("|"); j++) {
                    rows.add(cells(lines.get(j)));
                }
                return rows;
            }
        }
        throw new IllegalStateException(FILE + " has no table headed '" + firstHeader + "'");
    }

    /** The first cells of the table headed {@code firstHeader}. */
    List<String> firstColumn(String firstHeader) {
        return table(firstHeader).stream().map(row -> row.get(0)).toList();
    }

    private static List<String> cells(String line) {
        String trimmed = line.trim();
        if (!trimmed.startsWith("|") || !trimmed.endsWith("|")) {
            return List.of();
        }
        return Arrays.stream(trimmed.substring(1, trimmed.length() - 1).split("\\|"))
                .map(cell -> cell.replace("`", "").trim())
                .toList();
    }

    /** The module packages under {@code nl.schakel}, from the source folders. */
    static List<String> modulePackages() {
        return SourceFiles.folders(Path.of("src", "main", "java", "nl", "schakel"));
    }
}
