package id.go.kalbarprov.sop.platform.sheet;

import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table as an .xlsx workbook, the way officials read one: a title row, the column headers in Indonesian with the
 * English beneath, then one row per record. Dates are real dates (an instant shown in office time, WIB), numbers are
 * numbers; the header rows stay in view when scrolling and each column is as wide as what it holds.
 */
public final class TableWorkbook {

    /** The rows above the data: the title, the Indonesian headers, the English headers. */
    public static final int HEADER_ROWS = 3;
    /** The most rows one export writes. */
    public static final int MAX_ROWS = 100_000;

    private static final int MAX_WIDTH_CHARS = 60;
    private static final int MIN_WIDTH_CHARS = 8;

    /** How a column's values are written. */
    public enum Kind {
        TEXT, INTEGER, DECIMAL, DATE, DATE_TIME
    }

    /** A column: its header in Indonesian and English, and the kind of its values. */
    public record Column(String indonesian, String english, Kind kind) {
    }

    private TableWorkbook() {
    }

    /**
     * The workbook of one sheet named {@code sheetName} with {@code title} above {@code columns} and {@code rows}
     * (each a list of values in the columns' order: text, a number, a {@link LocalDate}, an {@link Instant} or
     * {@link LocalDateTime}, an enum, or null for an empty cell).
     */
    public static byte[] write(String sheetName, String title, List<Column> columns, List<List<?>> rows) {
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("more than " + MAX_ROWS + " rows");
        }
        // Streaming: only a window of rows is kept in memory, however long the book.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 200);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            int[] widths = new int[columns.size()];

            Cell titleCell = sheet.createRow(0).createCell(0);
            titleCell.setCellValue(title);
            titleCell.setCellStyle(styles.title);
            if (columns.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
            }
            Row indonesian = sheet.createRow(1);
            Row english = sheet.createRow(2);
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                header(indonesian, c, column.indonesian(), styles.header);
                header(english, c, column.english(), styles.headerEnglish);
                widths[c] = Math.max(column.indonesian().length(), column.english().length());
            }
            int r = HEADER_ROWS;
            for (List<?> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = c < values.size() ? values.get(c) : null;
                    widths[c] = Math.max(widths[c], cell(row, c, columns.get(c).kind(), value, styles));
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                int chars = Math.min(MAX_WIDTH_CHARS, Math.max(MIN_WIDTH_CHARS, widths[c] + 2));
                sheet.setColumnWidth(c, chars * 256);
            }
            sheet.createFreezePane(0, HEADER_ROWS);
            workbook.write(out);
            workbook.dispose();
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

    /** Writes one value; answers how many characters it shows as. */
    private static int cell(Row row, int column, Kind kind, Object value, Styles styles) {
        if (value == null) {
            return 0;
        }
        Cell cell = row.createCell(column);
        switch (kind) {
            case INTEGER, DECIMAL -> {
                Number number = (Number) value;
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(kind == Kind.INTEGER ? styles.integer : styles.decimal);
                return (number instanceof BigDecimal d ? d.toPlainString() : number.toString()).length() + 2;
            }
            case DATE -> {
                LocalDate date = value instanceof Instant at ? OfficeTime.dateOf(at) : (LocalDate) value;
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
                return 10;
            }
            case DATE_TIME -> {
                LocalDateTime time = value instanceof Instant at
                        ? LocalDateTime.ofInstant(at, OfficeTime.WIB) : (LocalDateTime) value;
                cell.setCellValue(time);
                cell.setCellStyle(styles.dateTime);
                return 16;
            }
            default -> {
                String text = value instanceof Enum<?> e ? e.name() : value.toString();
                cell.setCellValue(text);
                cell.setCellStyle(styles.text);
                return text.lines().mapToInt(String::length).max().orElse(0);
            }
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle headerEnglish;
        final CellStyle text;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            Font italic = workbook.createFont();
            italic.setItalic(true);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            headerEnglish = workbook.createCellStyle();
            headerEnglish.setFont(italic);
            headerEnglish.setBorderBottom(BorderStyle.THIN);
            text = workbook.createCellStyle();
            var formats = workbook.createDataFormat();
            integer = workbook.createCellStyle();
            integer.setDataFormat(formats.getFormat("0"));
            decimal = workbook.createCellStyle(); // General: the value as it is, no trailing mark
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat("dd/mm/yyyy"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(formats.getFormat("dd/mm/yyyy hh:mm"));
        }
    }
}
