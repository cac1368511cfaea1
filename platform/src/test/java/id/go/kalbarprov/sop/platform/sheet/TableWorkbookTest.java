package id.go.kalbarprov.sop.platform.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.sheet.TableWorkbook.Column;
import id.go.kalbarprov.sop.platform.sheet.TableWorkbook.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWorkbookTest {

    private static final List<Column> COLUMNS = List.of(
            new Column("Nomor", "Number", Kind.INTEGER),
            new Column("Tanggal", "Date", Kind.DATE),
            new Column("Waktu", "Time", Kind.DATE_TIME),
            new Column("Nilai", "Value", Kind.DECIMAL),
            new Column("Perihal", "Subject", Kind.TEXT));

    private static Sheet read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes)).getSheetAt(0);
    }

    @Test
    void titleHeadersInBothLanguagesThenTheRowsWithRealDatesAndNumbers() throws IOException {
        Instant at = Instant.parse("2026-11-30T17:30:00Z"); // 1 December 00:30 WIB
        byte[] bytes = TableWorkbook.write("Buku Agenda 2026", "Buku Agenda 2026 / Agenda book 2026", COLUMNS,
                List.of(List.of(7, LocalDate.of(2026, 11, 3), at, new BigDecimal("1234.5"), Thread.State.NEW),
                        Arrays.asList(8, null, null, null, "Surat\nbalasan")));
        Sheet sheet = read(bytes);
        assertEquals("Buku Agenda 2026", sheet.getSheetName());
        assertEquals("Buku Agenda 2026 / Agenda book 2026", sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals("Tanggal", sheet.getRow(1).getCell(1).getStringCellValue());
        assertEquals("Date", sheet.getRow(2).getCell(1).getStringCellValue());
        Row first = sheet.getRow(TableWorkbook.HEADER_ROWS);
        assertEquals(CellType.NUMERIC, first.getCell(0).getCellType());
        assertEquals(7, first.getCell(0).getNumericCellValue());
        assertTrue(DateUtil.isCellDateFormatted(first.getCell(1)));
        assertEquals(LocalDateTime.of(2026, 11, 3, 0, 0), first.getCell(1).getLocalDateTimeCellValue());
        assertTrue(DateUtil.isCellDateFormatted(first.getCell(2)));
        assertEquals(LocalDateTime.of(2026, 12, 1, 0, 30), first.getCell(2).getLocalDateTimeCellValue(),
                "an instant in office time (WIB)");
        assertEquals(1234.5, first.getCell(3).getNumericCellValue());
        assertEquals("NEW", first.getCell(4).getStringCellValue());
        Row second = sheet.getRow(TableWorkbook.HEADER_ROWS + 1);
        assertNull(second.getCell(1), "no value, no cell");
        assertEquals("Surat\nbalasan", second.getCell(4).getStringCellValue());
        assertEquals(TableWorkbook.HEADER_ROWS + 1, sheet.getLastRowNum());
    }

    @Test
    void theHeaderStaysInViewAndColumnsAreAsWideAsTheirValues() throws IOException {
        String longText = "Permintaan data koreksi kinerja triwulan II";
        Sheet sheet = read(TableWorkbook.write("S", "T", COLUMNS,
                List.of(List.of(1, LocalDate.of(2026, 1, 1), Instant.EPOCH, BigDecimal.ONE, longText))));
        assertEquals(TableWorkbook.HEADER_ROWS, sheet.getPaneInformation().getHorizontalSplitPosition());
        assertTrue(sheet.getColumnWidth(4) >= longText.length() * 256, "the subject column fits its text");
        assertTrue(sheet.getColumnWidth(0) < sheet.getColumnWidth(4));
    }

    @Test
    void anEmptyTableStillHasItsHeaders() throws IOException {
        Sheet sheet = read(TableWorkbook.write("S", "T", COLUMNS, List.of()));
        assertEquals(TableWorkbook.HEADER_ROWS - 1, sheet.getLastRowNum());
    }

    @Test
    void aTableBeyondTheLimitIsRefused() {
        List<List<?>> rows = new ArrayList<>(Collections.nCopies(TableWorkbook.MAX_ROWS + 1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> TableWorkbook.write("S", "T", COLUMNS, rows));
    }
}
