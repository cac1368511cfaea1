package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.platform.sheet.TableWorkbook;
import id.go.kalbarprov.sop.platform.sheet.TableWorkbook.Column;
import id.go.kalbarprov.sop.platform.sheet.TableWorkbook.Kind;
import java.util.Arrays;
import java.util.List;

/** The agenda book (Buku Agenda) of a year as a spreadsheet: one row per entry, the columns of the printed book. */
final class AgendaSheet {

    static final List<Column> COLUMNS = List.of(
            new Column("No. Agenda", "Agenda number", Kind.TEXT),
            new Column("Tanggal", "Date", Kind.DATE_TIME),
            new Column("Arah", "Direction", Kind.TEXT),
            new Column("Dari", "From", Kind.TEXT),
            new Column("Kepada", "To", Kind.TEXT),
            new Column("Nomor surat", "Document number", Kind.TEXT),
            new Column("Tanggal surat", "Document date", Kind.DATE),
            new Column("Perihal", "Subject", Kind.TEXT),
            new Column("Lampiran", "Attachments", Kind.INTEGER),
            new Column("Diteruskan kepada", "Forwarded to", Kind.TEXT),
            new Column("Keterangan", "Remarks", Kind.TEXT),
            new Column("Langkah SOP", "SOP step", Kind.INTEGER),
            new Column("Klasifikasi", "Classification", Kind.TEXT),
            new Column("Kasus", "Case", Kind.TEXT),
            new Column("Layanan pencatat", "Registered by service", Kind.TEXT),
            new Column("Dicatat pada", "Registered at", Kind.DATE_TIME));

    private AgendaSheet() {
    }

    static byte[] of(int year, List<Views.AgendaEntryView> entries) {
        return TableWorkbook.write("Buku Agenda " + year, "Buku Agenda " + year + " / Agenda book " + year, COLUMNS,
                entries.stream().<List<?>>map(e -> Arrays.asList(e.agendaNumber(), e.date(), e.direction(),
                        e.from(), e.to(), e.documentNumber(), e.documentDate(), e.subject(), e.attachments(),
                        e.forwardedTo(), e.remarks(), e.step(), e.classification(), e.caseId(), e.sourceService(),
                        e.registeredAt())).toList());
    }

    static String fileName(int year) {
        return "agenda-" + year + ".xlsx";
    }
}
