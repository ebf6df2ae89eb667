package nl.schakel.shelter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds xlsx files for the import tests. */
final class Workbooks {

    private Workbooks() {
    }

    /** A row in the columns of {@link OfferColumn}. */
    static List<String> row(String provider, String name, String minAge) {
        return List.of(provider, name, "SHELTER", "SEXUAL, LABOUR", "", minAge, "23", "VICTIM", "nee", "ja",
                "UTRECHT, FLEVOLAND", "ADDICTION", "ADDICTION", "Nederlands, Engels", "CARE_COORDINATOR", "JEUGDWET",
                "7", "2026-01-15");
    }

    static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            for (OfferColumn column : OfferColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.header());
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Every cell's text, for checks that something is absent. */
    static String text(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell))
                    .append('|')));
        }
        return text.toString();
    }
}
