package nl.schakel.monitoring.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.schakel.monitoring.internal.FigureTable.Cell;
import nl.schakel.monitoring.internal.FigureTable.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** Figure tables as CSV (RFC 4180) and as xlsx: the numbers of the page, the labels in the page's language. */
@Component
public class Downloads {

    private final Labels labels;

    Downloads(Labels labels) {
        this.labels = labels;
    }

    /** One table as CSV: a header line, one line per row, CRLF line ends, fields quoted where needed. */
    public byte[] csv(FigureTable table, Locale locale) {
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines(table, locale)) {
            out.append(String.join(",", line.stream().map(Downloads::field).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /** The tables as sheets of one workbook; numbers as numeric cells, suppressed cells as their text. */
    public byte[] xlsx(List<FigureTable> tables, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (FigureTable table : tables) {
                Sheet sheet = workbook.createSheet(table.id());
                var header = sheet.createRow(0);
                header.createCell(0).setCellValue(labels.text(table.titleKey(), locale));
                for (int c = 0; c < table.columnKeys().size(); c++) {
                    header.createCell(c + 1).setCellValue(labels.text(table.columnKeys().get(c), locale));
                }
                int r = 1;
                for (Row row : table.rows()) {
                    var line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(labels.label(row, locale));
                    for (int c = 0; c < row.cells().size(); c++) {
                        Cell cell = row.cells().get(c);
                        if (cell.value() != null && !cell.shown().endsWith("%")) {
                            line.createCell(c + 1).setCellValue(cell.value());
                        } else {
                            line.createCell(c + 1).setCellValue(cell.shown());
                        }
                    }
                }
                sheet.createRow(r + 1).createCell(0).setCellValue(labels.text(table.ruleKey(), locale));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<String>> lines(FigureTable table, Locale locale) {
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(labels.text(table.titleKey(), locale));
        table.columnKeys().forEach(k -> header.add(labels.text(k, locale)));
        lines.add(header);
        for (Row row : table.rows()) {
            List<String> line = new ArrayList<>();
            line.add(labels.label(row, locale));
            row.cells().forEach(c -> line.add(c.shown()));
            lines.add(line);
        }
        return lines;
    }
}
