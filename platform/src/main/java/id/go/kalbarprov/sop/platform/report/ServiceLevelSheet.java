package id.go.kalbarprov.sop.platform.report;

import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.platform.rest.Spreadsheets;
import id.go.kalbarprov.sop.platform.sheet.TableWorkbook;
import id.go.kalbarprov.sop.platform.sheet.TableWorkbook.Column;
import id.go.kalbarprov.sop.platform.sheet.TableWorkbook.Kind;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The Mutu Baku report as a spreadsheet: the rows the JSON report has, one per step. */
public final class ServiceLevelSheet {

    public static final Column STEP = new Column("Langkah", "Step", Kind.INTEGER);
    public static final Column COUNT = new Column("Jumlah", "Count", Kind.INTEGER);
    public static final Column MEDIAN = new Column("Median (menit)", "Median (minutes)", Kind.DECIMAL);
    public static final Column P90 = new Column("P90 (menit)", "P90 (minutes)", Kind.DECIMAL);
    public static final Column STANDARD = new Column("Standar (menit)", "Standard (minutes)", Kind.INTEGER);
    public static final Column BREACHES = new Column("Melampaui standar", "Breaches", Kind.INTEGER);

    private static final List<Column> PER_TASK = List.of(STEP, new Column("Tugas", "Task", Kind.TEXT), COUNT, MEDIAN,
            P90, STANDARD, BREACHES);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(OfficeTime.WIB);
    private static final DateTimeFormatter NAMED = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(OfficeTime.WIB);

    private ServiceLevelSheet() {
    }

    /** The report of {@code scope} as JSON, or as the spreadsheet or CSV when the caller asks for one. */
    public static Response answer(String service, ReportScope scope,
                                  Function<ReportScope, List<ServiceLevels.StepLevel>> perStep, HttpHeaders headers) {
        List<ServiceLevels.StepLevel> steps = perStep.apply(scope);
        ReportPeriod period = scope.period();
        List<List<?>> rows = steps.stream().<List<?>>map(s -> Arrays.asList(s.step(), s.task(), s.count(),
                s.medianMinutes(), s.p90Minutes(), s.standardMinutes(), s.breaches())).toList();
        return answer(service, period, PER_TASK, rows, headers,
                () -> new ServiceLevels.Report(period.from(), period.to(), steps));
    }

    /** A report as JSON, or its rows as a spreadsheet ({@link Spreadsheets#XLSX}) or as CSV ({@code text/csv}). */
    public static Response answer(String service, ReportPeriod period, List<Column> columns, List<List<?>> rows,
                                  HttpHeaders headers, java.util.function.Supplier<Object> json) {
        if (Spreadsheets.wanted(headers)) {
            return Spreadsheets.attachment(write(service, period, columns, rows), fileName(service, period));
        }
        if (CsvTable.wanted(headers)) {
            return CsvTable.attachment(columns, rows, fileName(service, period).replace(".xlsx", ".csv"));
        }
        return Response.ok(json.get(), MediaType.APPLICATION_JSON).build();
    }

    /** A service's report with its own columns. */
    public static byte[] write(String service, ReportPeriod period, List<Column> columns, List<List<?>> rows) {
        String span = SHOWN.format(period.from()) + " – " + SHOWN.format(period.to()) + " WIB";
        return TableWorkbook.write("Mutu Baku", "Laporan Mutu Baku " + service + ", " + span + " / Service-level "
                + "report", columns, rows);
    }

    /** The download's name: the service and the period's dates (WIB). */
    public static String fileName(String service, ReportPeriod period) {
        return "service-level-" + service + "-" + day(period.from()) + "-" + day(period.to()) + ".xlsx";
    }

    private static String day(Instant at) {
        return NAMED.format(at);
    }
}
