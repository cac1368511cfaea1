package id.go.kalbarprov.sop.platform.report;

import id.go.kalbarprov.sop.platform.rest.Spreadsheets;
import id.go.kalbarprov.sop.platform.sheet.TableWorkbook.Column;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A report's rows as CSV (RFC 4180: comma, CRLF, fields quoted where needed), with the columns' English headings, for
 * the tools that read CSV. A field starting with {@code = + - @} is prefixed with an apostrophe so that a spreadsheet
 * opening the file does not run it as a formula.
 */
public final class CsvTable {

    public static final String CSV = "text/csv";
    private static final MediaType CSV_TYPE = MediaType.valueOf(CSV);

    private CsvTable() {
    }

    public static boolean wanted(HttpHeaders headers) {
        return Spreadsheets.prefers(headers, CSV_TYPE);
    }

    public static String write(List<Column> columns, List<List<?>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, columns.stream().<Object>map(Column::english).toList());
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    public static Response attachment(List<Column> columns, List<List<?>> rows, String fileName) {
        byte[] csv = write(columns, rows).getBytes(StandardCharsets.UTF_8);
        Spreadsheets.requireDownloadable(csv);
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static void line(StringBuilder csv, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
