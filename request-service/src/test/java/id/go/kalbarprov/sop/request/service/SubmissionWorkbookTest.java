package id.go.kalbarprov.sop.request.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.platform.domain.achievement.Direction;
import id.go.kalbarprov.sop.platform.problem.ProblemTexts;
import id.go.kalbarprov.sop.platform.problem.Violation;
import id.go.kalbarprov.sop.request.domain.AgreementIndicator;
import id.go.kalbarprov.sop.request.service.command.SubmitRows;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SubmissionWorkbookTest {

    private static final UUID CASE = UUID.fromString("6f1c2a3e-0000-4000-8000-000000000001");
    private static final SubmissionWorkbook.Template TEMPLATE = new SubmissionWorkbook.Template(CASE,
            "Koreksi data kinerja Triwulan II", "DINKES", "Dinas Kesehatan", 2026, Period.Q2, List.of(
                    new AgreementIndicator("IKU-1", "Angka harapan hidup", "tahun", Direction.HIGHER_IS_BETTER, null,
                            null, new BigDecimal("100"), Map.of()),
                    new AgreementIndicator("IKU-P", "Cakupan imunisasi", "%", Direction.HIGHER_IS_BETTER, null,
                            null, new BigDecimal("100"), Map.of(Period.Q2, new BigDecimal("40")))));

    /** The template filled in by {@code fill}, as bytes again. */
    private static byte[] filled(Consumer<Sheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                SubmissionWorkbook.template(TEMPLATE))); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.getSheet(SubmissionWorkbook.SHEET));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Row row(Sheet sheet, int indicator) {
        return sheet.getRow(SubmissionWorkbook.FIRST_ROW + indicator);
    }

    @Test
    void theTemplateNamesItsCaseAndUnitAndListsTheAgreementsIndicatorsWithThePeriodsTarget() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                SubmissionWorkbook.template(TEMPLATE)))) {
            Sheet sheet = workbook.getSheet(SubmissionWorkbook.SHEET);
            assertTrue(sheet.getRow(0).getZeroHeight(), "the identity row is hidden");
            assertEquals(SubmissionWorkbook.MARK, sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(CASE.toString(), sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals("DINKES", sheet.getRow(0).getCell(2).getStringCellValue());
            assertTrue(sheet.getProtect(), "the sheet is protected");
            assertEquals("Realisasi dilaporkan", sheet.getRow(3).getCell(SubmissionWorkbook.REPORTED)
                    .getStringCellValue());
            assertEquals("Actual reported", sheet.getRow(4).getCell(SubmissionWorkbook.REPORTED)
                    .getStringCellValue());
            assertEquals("IKU-1", row(sheet, 0).getCell(SubmissionWorkbook.CODE).getStringCellValue());
            assertEquals("tahun", row(sheet, 0).getCell(SubmissionWorkbook.MEASURE).getStringCellValue());
            assertEquals(40, row(sheet, 1).getCell(SubmissionWorkbook.TARGET).getNumericCellValue(),
                    "the target of the case's period");
            assertTrue(row(sheet, 0).getCell(SubmissionWorkbook.CODE).getCellStyle().getLocked());
            assertFalse(row(sheet, 0).getCell(SubmissionWorkbook.REPORTED).getCellStyle().getLocked(),
                    "the cells to fill are open");
        }
    }

    @Test
    void filledRowsBecomeTheSubmissionsRowsAndAnEmptyRowIsNotSubmitted() throws IOException {
        byte[] bytes = filled(sheet -> {
            Row r = row(sheet, 1);
            r.getCell(SubmissionWorkbook.REPORTED).setCellValue(35);
            r.getCell(SubmissionWorkbook.CORRECTED).setCellValue("38,5");
            r.getCell(SubmissionWorkbook.REASON).setCellValue("Salah input");
            r.getCell(SubmissionWorkbook.TARGET_CORRECTED).setCellValue("1.000");
            r.getCell(SubmissionWorkbook.TARGET_REASON).setCellValue("Target keliru");
            r.getCell(SubmissionWorkbook.EVIDENCE).setCellValue("BA-1; BA-2");
        });
        SubmissionWorkbook.Parsed parsed = SubmissionWorkbook.read(bytes, Locale.ENGLISH);
        assertEquals(List.of(), parsed.violations());
        assertEquals(CASE, parsed.caseId());
        assertEquals("DINKES", parsed.unitCode());
        assertEquals(1, parsed.lines().size());
        SubmitRows.Row row = parsed.lines().get(0).row();
        assertEquals("IKU-P", row.indicatorCode());
        assertEquals(new BigDecimal("35"), row.actualReported());
        assertEquals(new BigDecimal("38.5"), row.actualCorrected());
        assertEquals(new BigDecimal("1000"), row.targetCorrected());
        assertEquals("Target keliru", row.targetCorrectionReason());
        assertEquals(List.of("BA-1", "BA-2"), row.evidenceRefs());
        assertNull(row.target(), "the agreement's own fields are not sent: the agreement gives them");
        assertEquals("Indikator!H7", SubmissionWorkbook.cellOf("rows[0].reason", parsed.lines()));
        assertEquals("Indikator!A7", SubmissionWorkbook.cellOf("rows[0].indicatorCode", parsed.lines()));
    }

    @Test
    void everyBadCellIsNamedWithItsReasonInTheCallersLanguage() throws IOException {
        byte[] bytes = filled(sheet -> {
            row(sheet, 0).getCell(SubmissionWorkbook.REPORTED).setCellValue("delapan puluh");
            row(sheet, 0).getCell(SubmissionWorkbook.REASON).setCellValue("Salah input");
            row(sheet, 1).getCell(SubmissionWorkbook.CORRECTED).setCellValue(true);
            row(sheet, 1).getCell(SubmissionWorkbook.REASON).setCellValue(" ");
        });
        SubmissionWorkbook.Parsed parsed = SubmissionWorkbook.read(bytes, Locale.ENGLISH);
        assertEquals(List.of("Indikator!F6", "Indikator!G7", "Indikator!H7"),
                parsed.violations().stream().map(Violation::field).toList());
        assertTrue(parsed.violations().get(0).message().startsWith("Actual reported: Must be a number"),
                parsed.violations().get(0).message());
        assertEquals(List.of(), parsed.lines(), "a row with a bad cell is not taken");
        SubmissionWorkbook.Parsed indonesian = SubmissionWorkbook.read(bytes, ProblemTexts.INDONESIAN);
        assertTrue(indonesian.violations().get(0).message().startsWith("Realisasi dilaporkan: Harus berupa angka"),
                indonesian.violations().get(0).message());
    }

    @Test
    void aFileWithNothingFilledInOrNotATemplateIsNamedAsSuch() throws IOException {
        assertEquals(List.of("Indikator"), SubmissionWorkbook.read(filled(sheet -> { }), Locale.ENGLISH)
                .violations().stream().map(Violation::field).toList());
        SubmissionWorkbook.Parsed other = SubmissionWorkbook.read(filled(sheet ->
                sheet.getRow(0).getCell(0).setCellValue("something else")), Locale.ENGLISH);
        assertEquals("Indikator!A1", other.violations().get(0).field());
        assertFalse(other.marked());
        assertNull(SubmissionWorkbook.read("not a workbook".getBytes(StandardCharsets.US_ASCII), Locale.ENGLISH));
    }

    @Test
    void aChangedHeaderIsRefusedWhereItIs() throws IOException {
        SubmissionWorkbook.Parsed parsed = SubmissionWorkbook.read(filled(sheet ->
                sheet.getRow(4).getCell(SubmissionWorkbook.CORRECTED).setCellValue("Actual")), Locale.ENGLISH);
        assertEquals(List.of("Indikator!G5"), parsed.violations().stream().map(Violation::field).toList());
    }
}
