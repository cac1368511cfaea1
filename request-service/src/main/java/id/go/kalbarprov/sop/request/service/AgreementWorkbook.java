package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.platform.domain.achievement.Direction;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.problem.Violation;
import id.go.kalbarprov.sop.request.domain.AgreementIndicator;
import id.go.kalbarprov.sop.request.domain.AgreementRules;
import id.go.kalbarprov.sop.request.service.command.OpenCase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Performance agreements in a spreadsheet (.xlsx): one sheet, a header row, then one row per indicator of a unit's
 * agreement for a year. Read all or nothing: every bad cell is named by its sheet, row and column.
 */
public final class AgreementWorkbook {

    /** The columns, in order; the header row must name them so. */
    public static final List<String> HEADER = List.of("Unit code", "Year", "Indicator code", "Indicator name",
            "Unit of measure", "Direction", "Lower-is-better convention", "Target", "Target Q1", "Target Q2",
            "Target Q3", "Target Q4", "Strategic goal");

    public static final String SHEET = "Agreements";
    public static final int MAX_ROWS = 10_000;

    private static final int UNIT = 0;
    private static final int YEAR = 1;
    private static final int CODE = 2;
    private static final int NAME = 3;
    private static final int MEASURE = 4;
    private static final int DIRECTION = 5;
    private static final int CONVENTION = 6;
    private static final int TARGET = 7;
    private static final int FIRST_PERIOD = 8;
    private static final List<Period> PERIODS = List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4);
    private static final int GOAL = 12;

    /** A unit's agreement for a year. */
    public record UnitYear(String unitCode, int year) {
    }

    private AgreementWorkbook() {
    }

    /** An empty workbook with the header row, to be filled in. */
    public static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
                sheet.setColumnWidth(i, 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the bytes are a zip archive at all (an .xlsx is an OOXML package in a zip). */
    public static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * The agreements the workbook states, per unit and year in the order of their first row. Refused whole (400,
     * a violation per bad cell) when any cell is bad; 415 when the bytes are not an .xlsx workbook.
     */
    public static Map<UnitYear, List<AgreementIndicator>> read(byte[] bytes) {
        if (!looksLikeZip(bytes)) {
            throw new ProblemException(CommonProblem.UNSUPPORTED_MEDIA_TYPE, "agreement-import-not-xlsx");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return read(workbook);
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // not an OOXML package, a damaged one, or one POI refuses to open (a zip bomb, say)
            throw new ProblemException(CommonProblem.UNSUPPORTED_MEDIA_TYPE, "agreement-import-not-xlsx");
        }
    }

    private static Map<UnitYear, List<AgreementIndicator>> read(XSSFWorkbook workbook) {
        if (workbook.getNumberOfSheets() != 1) {
            throw ProblemException.invalid("sheets", "agreement-import-one-sheet", workbook.getNumberOfSheets());
        }
        Sheet sheet = workbook.getSheetAt(0);
        Reader reader = new Reader(sheet);
        reader.header();
        if (sheet.getLastRowNum() > MAX_ROWS) {
            throw ProblemException.invalid(sheet.getSheetName(), "agreement-import-too-many-rows", MAX_ROWS);
        }
        Map<UnitYear, List<AgreementIndicator>> agreements = new LinkedHashMap<>();
        Map<UnitYear, List<Integer>> rowsOf = new LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || reader.blank(row)) {
                continue;
            }
            int errors = reader.violations.size();
            String unit = reader.text(row, UNIT, 50, true);
            if (unit != null && !unit.matches(OpenCase.UNIT_CODE)) {
                reader.refuse(row.getRowNum(), UNIT, "agreement-import-unit-code");
            }
            Integer year = reader.year(row);
            AgreementIndicator indicator = reader.indicator(row);
            if (reader.violations.size() == errors) {
                UnitYear key = new UnitYear(unit, year);
                agreements.computeIfAbsent(key, k -> new ArrayList<>()).add(indicator);
                rowsOf.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        agreements.forEach((key, indicators) -> {
            if (indicators.size() > AgreementIndicator.PER_AGREEMENT) {
                reader.refuse(rowsOf.get(key).get(AgreementIndicator.PER_AGREEMENT), UNIT,
                        "agreement-import-too-many-indicators", AgreementIndicator.PER_AGREEMENT);
            }
            for (AgreementRules.Issue issue : AgreementRules.check(indicators)) {
                int rowNum = rowsOf.get(key).get(issue.index());
                if ("indicatorCode".equals(issue.field())) {
                    reader.refuse(rowNum, CODE, issue.key(), issue.args()[0],
                            "row " + (rowsOf.get(key).get((Integer) issue.args()[1]) + 1));
                } else {
                    reader.refuse(rowNum, CONVENTION, issue.key(), issue.args());
                }
            }
        });
        if (agreements.isEmpty() && reader.violations.isEmpty()) {
            throw ProblemException.invalid(sheet.getSheetName(), "agreement-import-empty");
        }
        reader.done();
        return agreements;
    }

    /** Reads cells, collecting a violation per bad one. */
    private static final class Reader {
        final Sheet sheet;
        final List<Violation> violations = new ArrayList<>();

        Reader(Sheet sheet) {
            this.sheet = sheet;
        }

        void header() {
            Row header = sheet.getRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                Cell cell = header == null ? null : header.getCell(i);
                String text = cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
                if (text == null || !HEADER.get(i).equalsIgnoreCase(text.strip())) {
                    refuse(0, i, "agreement-import-header", HEADER.get(i));
                }
            }
            done();
        }

        boolean blank(Row row) {
            for (int i = 0; i < HEADER.size(); i++) {
                if (!Cells.blank(row.getCell(i))) {
                    return false;
                }
            }
            return true;
        }

        AgreementIndicator indicator(Row row) {
            String code = text(row, CODE, AgreementIndicator.CODE, true);
            String name = text(row, NAME, AgreementIndicator.NAME, true);
            String measure = text(row, MEASURE, AgreementIndicator.CODE, true);
            Direction direction = choice(row, DIRECTION, Direction.class, true);
            LowerIsBetterConvention convention = choice(row, CONVENTION, LowerIsBetterConvention.class, false);
            BigDecimal target = decimal(row, TARGET, true);
            Map<Period, BigDecimal> periods = new EnumMap<>(Period.class);
            for (int p = 0; p < PERIODS.size(); p++) {
                BigDecimal value = decimal(row, FIRST_PERIOD + p, false);
                if (value != null) {
                    periods.put(PERIODS.get(p), value);
                }
            }
            String goal = text(row, GOAL, AgreementIndicator.NAME, false);
            return new AgreementIndicator(code, name, measure, direction, convention, goal, target, periods);
        }

        Integer year(Row row) {
            Cell cell = row.getCell(YEAR);
            BigDecimal value = cell == null ? null : Cells.number(cell);
            if (value == null || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(2000)) < 0
                    || value.compareTo(BigDecimal.valueOf(2100)) > 0) {
                refuse(row.getRowNum(), YEAR, "agreement-import-year");
                return null;
            }
            return value.intValue();
        }

        String text(Row row, int column, int max, boolean required) {
            Cell cell = row.getCell(column);
            String text = null;
            if (cell != null) {
                text = Cells.text(cell);
                if (text == null && Cells.typeOf(cell) != CellType.BLANK) {
                    refuse(row.getRowNum(), column, "agreement-import-text");
                    return null;
                }
            }
            if (text == null || text.isEmpty()) {
                if (required) {
                    refuse(row.getRowNum(), column, "agreement-import-required");
                }
                return null;
            }
            if (text.length() > max) {
                refuse(row.getRowNum(), column, "agreement-import-too-long", max);
                return null;
            }
            return text;
        }

        <E extends Enum<E>> E choice(Row row, int column, Class<E> type, boolean required) {
            String text = text(row, column, 50, required);
            if (text == null) {
                return null;
            }
            for (E value : type.getEnumConstants()) {
                if (value.name().equalsIgnoreCase(text.replace(' ', '_').replace('-', '_'))) {
                    return value;
                }
            }
            List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            refuse(row.getRowNum(), column, "agreement-import-choice", String.join(", ", names));
            return null;
        }

        BigDecimal decimal(Row row, int column, boolean required) {
            Cell cell = row.getCell(column);
            if (Cells.blank(cell)) {
                if (required) {
                    refuse(row.getRowNum(), column, "agreement-import-required");
                }
                return null;
            }
            BigDecimal value = Cells.decimal(cell);
            if (value == null) {
                refuse(row.getRowNum(), column, "agreement-import-number");
            }
            return value;
        }

        void refuse(int rowNum, int column, String key, Object... args) {
            String cell = new CellReference(rowNum, column).formatAsString(false);
            String where = sheet.getSheetName() + "!" + cell;
            String message = "row " + (rowNum + 1) + ", column " + CellReference.convertNumToColString(column)
                    + " (" + HEADER.get(column) + "): " + AgreementService.violation(where, key, args).message();
            violations.add(new Violation(where, message));
        }

        void done() {
            if (!violations.isEmpty()) {
                throw new ProblemException(CommonProblem.VALIDATION_FAILED, List.copyOf(violations),
                        "agreement-import-invalid", violations.size());
            }
        }
    }
}
