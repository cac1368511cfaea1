package id.go.kalbarprov.sop.platform.testing;

import id.go.kalbarprov.sop.platform.sheet.TableWorkbook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An exported table read back with POI, as the tests compare it with the JSON it stands for. */
public record Spreadsheet(String title, List<String> indonesian, List<String> english, List<List<Object>> rows,
                          int frozenRows) {

    /**
     * The first sheet of {@code xlsx}, written by {@link TableWorkbook}: a cell is a {@code String}, a
     * {@code Double}, a {@code LocalDateTime} (a date-formatted cell) or null.
     */
    public static Spreadsheet read(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            int width = sheet.getRow(1).getLastCellNum();
            List<List<Object>> rows = new ArrayList<>();
            for (int r = TableWorkbook.HEADER_ROWS; r <= sheet.getLastRowNum(); r++) {
                rows.add(values(sheet.getRow(r), width));
            }
            return new Spreadsheet(sheet.getRow(0).getCell(0).getStringCellValue(),
                    values(sheet.getRow(1), width).stream().map(String::valueOf).toList(),
                    values(sheet.getRow(2), width).stream().map(String::valueOf).toList(), rows,
                    sheet.getPaneInformation() == null ? 0 : sheet.getPaneInformation().getHorizontalSplitPosition());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of the column headed {@code english}. */
    public List<Object> column(String english) {
        int c = this.english.indexOf(english);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + english + " in " + this.english);
        }
        return rows.stream().map(r -> r.get(c)).toList();
    }

    private static List<Object> values(Row row, int width) {
        List<Object> values = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            Cell cell = row == null ? null : row.getCell(c);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                values.add(null);
            } else if (cell.getCellType() == CellType.NUMERIC) {
                values.add(DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue()
                        : cell.getNumericCellValue());
            } else {
                values.add(cell.getStringCellValue());
            }
        }
        return values;
    }
}
