package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.platform.problem.ProblemTexts;
import id.go.kalbarprov.sop.platform.problem.Violation;
import id.go.kalbarprov.sop.request.domain.AgreementIndicator;
import id.go.kalbarprov.sop.request.service.command.SubmitRows;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A unit's indicator table for a case as a spreadsheet (.xlsx), to download, fill in and upload as its submission.
 *
 * <p>One sheet, {@value #SHEET}: a hidden first row that names the template, the case and the unit (so a file meant
 * for another case or unit is refused), a title, a line that says what to fill, the column headers in Indonesian and
 * English, then one row per indicator of the unit's agreement, its code, name, unit of measure, direction and the
 * target for the case's period filled in and locked. The unit fills the yellow cells: the actuals as reported and as
 * corrected, the reason, and optionally the data source, a corrected target with its reason and evidence. A row left
 * empty is not submitted. Numbers are number cells or text in the Indonesian form ("1.234,5").
 *
 * <p>Reading collects a {@link Violation} per bad cell, named {@code Indikator!F7}; the caller refuses the whole file
 * when there is any.
 */
public final class SubmissionWorkbook {

    public static final String SHEET = "Indikator";
    /** The template's mark in cell A1 (hidden row): which template and which layout. */
    public static final String MARK = "SOP45-SUBMISSION/1";
    /** The first indicator row (0-based): below the identity, title, instructions and both header rows. */
    public static final int FIRST_ROW = 5;
    public static final int MAX_ROWS = 500;

    static final int CODE = 0;
    static final int NAME = 1;
    static final int MEASURE = 2;
    static final int DIRECTION = 3;
    static final int TARGET = 4;
    static final int REPORTED = 5;
    static final int CORRECTED = 6;
    static final int REASON = 7;
    static final int SOURCE = 8;
    static final int TARGET_CORRECTED = 9;
    static final int TARGET_REASON = 10;
    static final int EVIDENCE = 11;
    private static final int IDENTITY_CASE = 1;
    private static final int IDENTITY_UNIT = 2;

    private static final int MAX_EVIDENCE = 50;

    /** The column headers: Indonesian, then English. */
    static final List<String[]> HEADERS = List.of(
            new String[] {"Kode indikator", "Indicator code"},
            new String[] {"Nama indikator", "Indicator name"},
            new String[] {"Satuan", "Unit of measure"},
            new String[] {"Arah", "Direction"},
            new String[] {"Target", "Target"},
            new String[] {"Realisasi dilaporkan", "Actual reported"},
            new String[] {"Realisasi koreksi", "Actual corrected"},
            new String[] {"Alasan koreksi", "Reason"},
            new String[] {"Sumber data", "Data source"},
            new String[] {"Target koreksi", "Corrected target"},
            new String[] {"Alasan koreksi target", "Target correction reason"},
            new String[] {"Bukti (pisahkan dengan ;)", "Evidence (separated by ;)"});

    /** Where each field of a submitted row is, for naming the cell of a rule the submission breaks. */
    private static final Map<String, Integer> COLUMN_OF = Map.of("indicatorCode", CODE, "actualReported", REPORTED,
            "actualCorrected", CORRECTED, "reason", REASON, "dataSource", SOURCE, "targetCorrected", TARGET_CORRECTED,
            "targetCorrectionReason", TARGET_REASON, "evidenceRefs", EVIDENCE);

    /** What the template is for. */
    public record Template(UUID caseId, String caseTitle, String unitCode, String unitName, int year, Period period,
                           List<AgreementIndicator> indicators) {
    }

    /** A row the unit filled in, with the sheet row (0-based) it came from. */
    public record Line(int rowNum, SubmitRows.Row row) {
    }

    /**
     * What the uploaded file says: whether it is a template at all ({@code marked}), whose it is, its filled rows,
     * and every bad cell.
     */
    public record Parsed(boolean marked, UUID caseId, String unitCode, List<Line> lines, List<Violation> violations) {
    }

    private SubmissionWorkbook() {
    }

    /** The template, ready to fill in. */
    public static byte[] template(Template t) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            Row identity = sheet.createRow(0);
            identity.createCell(0).setCellValue(MARK);
            identity.createCell(IDENTITY_CASE).setCellValue(t.caseId().toString());
            identity.createCell(IDENTITY_UNIT).setCellValue(t.unitCode());
            identity.createCell(3).setCellValue(t.year());
            identity.createCell(4).setCellValue(t.period().name());
            identity.setZeroHeight(true);

            Cell title = sheet.createRow(1).createCell(0);
            title.setCellValue("Koreksi data kinerja / Performance data correction: " + t.unitCode()
                    + (t.unitName() == null ? "" : " (" + t.unitName() + ")") + ", " + t.year() + " " + t.period()
                    + " — " + t.caseTitle());
            title.setCellStyle(styles.title);
            sheet.createRow(2).createCell(0).setCellValue("Isi sel berwarna kuning; baris yang dikosongkan tidak "
                    + "dikirim. Angka: sel angka atau teks 1.234,5 / Fill in the yellow cells; a row left empty is "
                    + "not submitted. Numbers: number cells or text as 1.234,5");
            Row indonesian = sheet.createRow(3);
            Row english = sheet.createRow(4);
            for (int c = 0; c < HEADERS.size(); c++) {
                boolean filled = c >= REPORTED;
                header(indonesian, c, HEADERS.get(c)[0], filled ? styles.fillHeader : styles.header);
                header(english, c, HEADERS.get(c)[1], filled ? styles.fillHeader : styles.header);
                sheet.setColumnWidth(c, (c == NAME || c == REASON || c == TARGET_REASON ? 40 : 18) * 256);
            }
            int r = FIRST_ROW;
            for (AgreementIndicator indicator : t.indicators()) {
                Row row = sheet.createRow(r++);
                locked(row, CODE, indicator.code(), styles.locked);
                locked(row, NAME, indicator.name(), styles.locked);
                locked(row, MEASURE, indicator.unitOfMeasure(), styles.locked);
                locked(row, DIRECTION, indicator.direction() == null ? null : indicator.direction().name(),
                        styles.locked);
                Cell target = row.createCell(TARGET);
                target.setCellStyle(styles.locked);
                BigDecimal value = indicator.targetFor(t.period());
                if (value != null) {
                    target.setCellValue(value.doubleValue());
                }
                for (int c = REPORTED; c < HEADERS.size(); c++) {
                    row.createCell(c).setCellStyle(styles.fill);
                }
            }
            sheet.createFreezePane(1, FIRST_ROW);
            // Protected without a password: the identity and the agreement's cells are not changed by mistake.
            sheet.protectSheet("");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static void locked(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (text != null) {
            cell.setCellValue(text);
        }
    }

    /**
     * Reads an uploaded template; {@code null} when the bytes are not an .xlsx workbook POI can open. Texts of the
     * violations in {@code locale}.
     */
    public static Parsed read(byte[] bytes, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return read(workbook, locale);
        } catch (IOException | RuntimeException e) {
            // not an OOXML package, a damaged one, or one POI refuses to open (a zip bomb, say)
            return null;
        }
    }

    private static Parsed read(XSSFWorkbook workbook, Locale locale) {
        Reader reader = new Reader(locale);
        Sheet sheet = workbook.getSheet(SHEET);
        Row identity = sheet == null ? null : sheet.getRow(0);
        String mark = identity == null ? null : Cells.text(identity.getCell(0));
        if (!MARK.equals(mark)) {
            reader.violations.add(new Violation(SHEET + "!A1", reader.text("workbook-not-template")));
            return new Parsed(false, null, null, List.of(), reader.violations);
        }
        UUID caseId = reader.uuid(identity.getCell(IDENTITY_CASE));
        String unitCode = Cells.text(identity.getCell(IDENTITY_UNIT));
        for (int c = 0; c < HEADERS.size(); c++) {
            Row english = sheet.getRow(4);
            Cell cell = english == null ? null : english.getCell(c);
            String text = cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
            if (text == null || !HEADERS.get(c)[1].equalsIgnoreCase(text.strip())) {
                reader.refuse(4, c, "workbook-header", HEADERS.get(c)[1]);
            }
        }
        if (!reader.violations.isEmpty()) {
            return new Parsed(true, caseId, unitCode, List.of(), reader.violations);
        }
        if (sheet.getLastRowNum() >= FIRST_ROW + MAX_ROWS) {
            reader.violations.add(new Violation(SHEET, reader.text("workbook-too-many-rows", MAX_ROWS)));
            return new Parsed(true, caseId, unitCode, List.of(), reader.violations);
        }
        List<Line> lines = new ArrayList<>();
        for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || reader.nothingFilled(row)) {
                continue;
            }
            int errors = reader.violations.size();
            SubmitRows.Row filled = reader.row(row);
            if (reader.violations.size() == errors) {
                lines.add(new Line(r, filled));
            }
        }
        if (lines.isEmpty() && reader.violations.isEmpty()) {
            reader.violations.add(new Violation(SHEET, reader.text("workbook-no-rows")));
        }
        return new Parsed(true, caseId, unitCode, lines, reader.violations);
    }

    /**
     * The cell a submission's field stands in ({@code rows[2].reason} → {@code Indikator!H8}); the sheet itself when
     * the field is not one of a row's.
     */
    public static String cellOf(String field, List<Line> lines) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("rows\\[(\\d+)]\\.([A-Za-z]+).*").matcher(field);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= lines.size()) {
            return SHEET;
        }
        int column = COLUMN_OF.getOrDefault(m.group(2), CODE);
        return cell(lines.get(Integer.parseInt(m.group(1))).rowNum(), column);
    }

    /** The cell holding the case id in the identity row, and the one holding the unit. */
    public static String caseCell() {
        return cell(0, IDENTITY_CASE);
    }

    public static String unitCell() {
        return cell(0, IDENTITY_UNIT);
    }

    /** {@code Indikator!F7} for row 6 (0-based), column 5. */
    static String cell(int rowNum, int column) {
        return SHEET + "!" + new CellReference(rowNum, column).formatAsString(false);
    }

    /** The header of a column in the caller's language. */
    static String header(int column, Locale locale) {
        return HEADERS.get(column)[ProblemTexts.isIndonesian(locale) ? 0 : 1];
    }

    /** Reads the cells a unit fills, collecting a violation per bad one. */
    private static final class Reader {
        final Locale locale;
        final List<Violation> violations = new ArrayList<>();

        Reader(Locale locale) {
            this.locale = locale;
        }

        boolean nothingFilled(Row row) {
            for (int c = REPORTED; c < HEADERS.size(); c++) {
                if (!Cells.blank(row.getCell(c))) {
                    return false;
                }
            }
            return true;
        }

        SubmitRows.Row row(Row row) {
            int r = row.getRowNum();
            String code = text(row, CODE, 50, true);
            BigDecimal reported = decimal(row, REPORTED);
            BigDecimal corrected = decimal(row, CORRECTED);
            String reason = text(row, REASON, 2000, true);
            String source = text(row, SOURCE, 500, false);
            BigDecimal targetCorrected = decimal(row, TARGET_CORRECTED);
            String targetReason = text(row, TARGET_REASON, 2000, false);
            String evidence = text(row, EVIDENCE, MAX_EVIDENCE * 501, false);
            List<String> refs = null;
            if (evidence != null) {
                refs = Arrays.stream(evidence.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                if (refs.size() > MAX_EVIDENCE || refs.stream().anyMatch(s -> s.length() > 500)) {
                    refuse(r, EVIDENCE, "workbook-evidence", MAX_EVIDENCE);
                }
            }
            return new SubmitRows.Row(code, null, null, null, null, null, null, null, targetCorrected, targetReason,
                    reported, corrected, reason, source, refs == null || refs.isEmpty() ? null : refs);
        }

        String text(Row row, int column, int max, boolean required) {
            Cell cell = row.getCell(column);
            if (Cells.blank(cell)) {
                if (required) {
                    refuse(row.getRowNum(), column, "agreement-import-required");
                }
                return null;
            }
            String text = Cells.text(cell);
            if (text == null) {
                refuse(row.getRowNum(), column, "agreement-import-text");
            } else if (text.length() > max) {
                refuse(row.getRowNum(), column, "agreement-import-too-long", max);
                return null;
            }
            return text;
        }

        BigDecimal decimal(Row row, int column) {
            Cell cell = row.getCell(column);
            if (Cells.blank(cell)) {
                return null;
            }
            BigDecimal value = Cells.decimal(cell);
            if (value == null) {
                refuse(row.getRowNum(), column, "agreement-import-number");
            }
            return value;
        }

        UUID uuid(Cell cell) {
            String text = Cells.text(cell);
            try {
                return text == null ? null : UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        void refuse(int rowNum, int column, String key, Object... args) {
            violations.add(new Violation(cell(rowNum, column), header(column, locale) + ": " + text(key, args)));
        }

        String text(String key, Object... args) {
            return ProblemTexts.detail(key, args, locale);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle fillHeader;
        final CellStyle locked;
        final CellStyle fill;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            fillHeader = workbook.createCellStyle();
            fillHeader.cloneStyleFrom(header);
            fillHeader.setFillForegroundColor(IndexedColors.GOLD.getIndex());
            locked = workbook.createCellStyle();
            locked.setLocked(true);
            locked.setWrapText(true);
            fill = workbook.createCellStyle();
            fill.setLocked(false);
            fill.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            fill.setWrapText(true);
        }
    }
}
