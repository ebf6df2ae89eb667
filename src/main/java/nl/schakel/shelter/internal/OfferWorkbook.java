package nl.schakel.shelter.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import nl.schakel.shelter.CareService;
import nl.schakel.shelter.ContraIndication;
import nl.schakel.shelter.ExploitationForm;
import nl.schakel.shelter.IntakeRoute;
import nl.schakel.shelter.OfferColumn;
import nl.schakel.shelter.Payer;
import nl.schakel.shelter.ServedSex;
import nl.schakel.shelter.ServiceArea;
import nl.schakel.shelter.ServiceDescription;
import nl.schakel.shelter.ServiceKind;
import nl.schakel.shelter.Target;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and writes the care offer as xlsx in the columns of {@link OfferColumn}. Reading never stops at a bad row:
 * each row is parsed on its own and either becomes a {@link ParsedRow} or a {@link Refusal} with its reason.
 */
public final class OfferWorkbook {

    private static final int MAX_ROWS = 2000;
    private static final int MAX_TEXT = 200;

    private OfferWorkbook() {
    }

    /** A good row: the provider's name as written, and the service. */
    public record ParsedRow(int row, String provider, ServiceDescription description) {
    }

    /** A bad row. */
    public record Refusal(int row, String reason, OfferColumn column) {
    }

    /** Every row of the first sheet, good or bad. */
    public record Parsed(List<ParsedRow> rows, List<Refusal> refusals) {
    }

    public static byte[] write(List<CareService> services) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Zorgaanbod");
            Row header = sheet.createRow(0);
            for (OfferColumn column : OfferColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.header());
            }
            int r = 1;
            for (CareService s : services) {
                Row row = sheet.createRow(r++);
                String[] values = {s.providerName(), s.name(), s.kind().name(), codes(s.forms()), codes(s.sexes()),
                        String.valueOf(s.minAge()), String.valueOf(s.maxAge()), s.target().name(),
                        yesNo(s.acceptsUndocumented()), yesNo(s.acceptsUnaccompaniedMinors()), codes(s.areas()),
                        codes(s.contraIndications()), codes(s.withSupport()), String.join(", ", s.languages()),
                        s.intakeRoute().name(), s.payer().name(), String.valueOf(s.waitingDays()),
                        s.verifiedOn() == null ? "" : s.verifiedOn().toString()};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws UnreadableWorkbookException when the file is no xlsx at all */
    public static Parsed read(InputStream in) {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<ParsedRow> rows = new ArrayList<>();
            List<Refusal> refusals = new ArrayList<>();
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            int last = Math.min(sheet.getLastRowNum(), MAX_ROWS);
            for (int r = 1; r <= last; r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row, formatter)) {
                    continue;
                }
                Cells cells = new Cells(row, formatter);
                try {
                    rows.add(new ParsedRow(r + 1, cells.required(OfferColumn.PROVIDER), cells.description()));
                } catch (BadCell bad) {
                    refusals.add(new Refusal(r + 1, bad.reason, bad.column));
                }
            }
            return new Parsed(rows, refusals);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadCell) {
                throw (BadCell) e;
            }
            throw new UnreadableWorkbookException(e);
        }
    }

    private static boolean blank(Row row, DataFormatter formatter) {
        for (OfferColumn column : OfferColumn.values()) {
            Cell cell = row.getCell(column.ordinal());
            if (cell != null && !formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String codes(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    private static String yesNo(boolean value) {
        return value ? "ja" : "nee";
    }

    /** A cell that cannot be read, with the reason as a message key. */
    static final class BadCell extends RuntimeException {

        final String reason;
        final OfferColumn column;

        BadCell(String reason, OfferColumn column) {
            super(reason, null, false, false);
            this.reason = reason;
            this.column = column;
        }
    }

    /** The cells of one row, read by column. */
    private record Cells(Row row, DataFormatter formatter) {

        ServiceDescription description() {
            int minAge = number(OfferColumn.MIN_AGE, 0, 120);
            int maxAge = number(OfferColumn.MAX_AGE, 0, 120);
            if (maxAge < minAge) {
                throw new BadCell("shelter.import.error.ageRange", OfferColumn.MAX_AGE);
            }
            Set<ServiceArea> areas = set(OfferColumn.AREAS, ServiceArea.class);
            if (areas.isEmpty()) {
                throw new BadCell("shelter.import.error.required", OfferColumn.AREAS);
            }
            return new ServiceDescription(required(OfferColumn.NAME), one(OfferColumn.KIND, ServiceKind.class),
                    set(OfferColumn.FORMS, ExploitationForm.class), set(OfferColumn.SEXES, ServedSex.class), minAge,
                    maxAge, one(OfferColumn.TARGET, Target.class), yesNo(OfferColumn.UNDOCUMENTED),
                    yesNo(OfferColumn.UNACCOMPANIED_MINORS), areas,
                    set(OfferColumn.CONTRA_INDICATIONS, ContraIndication.class),
                    set(OfferColumn.WITH_SUPPORT, ContraIndication.class), languages(),
                    one(OfferColumn.INTAKE_ROUTE, IntakeRoute.class), one(OfferColumn.PAYER, Payer.class),
                    number(OfferColumn.WAITING_DAYS, 0, 3650), date(OfferColumn.VERIFIED_ON));
        }

        String text(OfferColumn column) {
            Cell cell = row.getCell(column.ordinal());
            String value = cell == null ? "" : formatter.formatCellValue(cell).strip();
            if (value.length() > MAX_TEXT) {
                throw new BadCell("shelter.import.error.tooLong", column);
            }
            return value;
        }

        String required(OfferColumn column) {
            String value = text(column);
            if (value.isEmpty()) {
                throw new BadCell("shelter.import.error.required", column);
            }
            return value;
        }

        int number(OfferColumn column, int min, int max) {
            String value = required(column);
            try {
                int number = (int) Double.parseDouble(value.replace(',', '.'));
                if (number < min || number > max) {
                    throw new BadCell("shelter.import.error.outOfRange", column);
                }
                return number;
            } catch (NumberFormatException e) {
                throw new BadCell("shelter.import.error.notANumber", column);
            }
        }

        boolean yesNo(OfferColumn column) {
            String value = required(column).toLowerCase(Locale.ROOT);
            return switch (value) {
                case "ja", "yes", "j", "true" -> true;
                case "nee", "no", "n", "false" -> false;
                default -> throw new BadCell("shelter.import.error.yesNo", column);
            };
        }

        <E extends Enum<E>> E one(OfferColumn column, Class<E> type) {
            return code(required(column), column, type);
        }

        <E extends Enum<E>> Set<E> set(OfferColumn column, Class<E> type) {
            Set<E> set = EnumSet.noneOf(type);
            for (String part : text(column).split("[,;]")) {
                if (!part.isBlank()) {
                    set.add(code(part, column, type));
                }
            }
            return set;
        }

        Set<String> languages() {
            Set<String> set = new LinkedHashSet<>();
            Arrays.stream(text(OfferColumn.LANGUAGES).split("[,;]")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(language -> {
                        if (!language.matches("\\p{L}[\\p{L} -]{0,39}")) {
                            throw new BadCell("shelter.import.error.language", OfferColumn.LANGUAGES);
                        }
                        set.add(language);
                    });
            return set;
        }

        LocalDate date(OfferColumn column) {
            Cell cell = row.getCell(column.ordinal());
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new BadCell("shelter.import.error.date", column);
            }
        }

        private static <E extends Enum<E>> E code(String value, OfferColumn column, Class<E> type) {
            try {
                return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new BadCell("shelter.import.error.unknownCode", column);
            }
        }
    }
}
