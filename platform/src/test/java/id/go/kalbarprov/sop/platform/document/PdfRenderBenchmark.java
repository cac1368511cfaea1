package id.go.kalbarprov.sop.platform.document;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;

/**
 * Prints what one archival render costs on this thread: milliseconds, bytes allocated and the PDF's size, for a
 * signed correction document of six pages (letterhead, a 24-row table, paraf and signature blocks, the QR code),
 * written as review-service's template writes it.
 * A plain main, not a test: figures for deploy/bench/README.md, never an assertion on time.
 *
 * <pre>java -cp platform/target/test-classes:platform/target/classes:$(deps) \
 *     id.go.kalbarprov.sop.platform.document.PdfRenderBenchmark [renders]</pre>
 */
public final class PdfRenderBenchmark {

    private PdfRenderBenchmark() {
    }

    public static void main(String[] args) {
        int renders = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String xhtml = correctionDocument();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        int size = 0;
        for (int i = 0; i < renders; i++) {
            size = PdfRenderer.render(xhtml).length;
        }
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        for (int i = 0; i < renders; i++) {
            PdfRenderer.render(xhtml);
        }
        long elapsed = System.nanoTime() - started;
        long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        System.out.printf("%d renders after %d warm-up: %.1f ms/render (%.1f ms CPU of this thread),"
                + " %.2f MB allocated/render, PDF %,d bytes%n", renders, renders, elapsed / 1e6 / renders,
                cpu / 1e6 / renders, allocated / 1e6 / renders, size);
        if (args.length > 1) {
            try {
                java.nio.file.Files.write(java.nio.file.Path.of(args[1]), PdfRenderer.render(xhtml));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** What review-service's correction template gives for a signed document with 24 rows. */
    static String correctionDocument() {
        StringBuilder rows = new StringBuilder();
        String[] units = {"Biro Organisasi", "Dinas Energi dan Sumber Daya Mineral", "Badan Kepegawaian Daerah",
            "Dinas Pekerjaan Umum dan Penataan Ruang"};
        for (int i = 1; i <= 24; i++) {
            rows.append("<tr><td class=\"num\">").append(i).append("</td><td>").append(units[i % units.length])
                    .append("</td><td>Persentase penyelesaian pengaduan masyarakat tepat waktu (triwulan ")
                    .append(1 + i % 4).append(")</td><td>persen</td><td class=\"num\">95,00</td>")
                    .append("<td class=\"num\">87,50</td><td class=\"num\">92,11%</td>")
                    .append("<td class=\"num\">96,25</td><td class=\"num\">101,32%</td>")
                    .append("<td>Data realisasi bulan ").append(i % 2 == 0 ? "Oktober" : "September")
                    .append(" belum dimasukkan — koreksi sesuai berita acara verifikasi</td></tr>\n");
        }
        String date = IndonesianDates.date(LocalDate.of(2026, 11, 30));
        String qr = QrCode.dataUri("https://sop.kalbarprov.go.id/verifikasi/AbCdEfGhIjKlMnOpQrStUv");
        return """
                <!DOCTYPE html>
                <html lang="id"><head><meta charset="UTF-8"/>
                <title>Perbaikan Data Kinerja Triwulan III</title><meta name="author" content="Biro Organisasi"/>
                <meta name="subject" content="Perbaikan Data Kinerja Triwulan III 2026"/>
                <style>
                @page { size: A4; margin: 1.8cm 2cm 2.4cm 2.5cm; @bottom-center { content: element(footer); } }
                body { font-family: 'DejaVu Sans', 'DejaVu Sans Full'; font-size: 9.5pt; line-height: 1.35; color: #000; }
                .footer { position: running(footer); font-size: 7pt; color: #333; border-top: 0.5pt solid #666; }
                .kop { border-bottom: 2.5pt double #000; padding-bottom: 6pt; margin-bottom: 12pt; }
                .kop .names { text-align: center; }
                .kop .office { font-size: 14pt; font-weight: bold; }
                h1 { font-size: 12pt; text-align: center; text-decoration: underline; margin: 0; }
                table { border-collapse: collapse; }
                table.grid { width: 100%%; -fs-table-paginate: paginate; margin: 6pt 0; }
                table.grid th, table.grid td { border: 0.5pt solid #000; padding: 2.5pt 3pt; font-size: 8pt; }
                table.grid th { background: #e8e8e8; }
                table.grid td.num { text-align: right; }
                table.grid tr { page-break-inside: avoid; }
                .box { border: 0.5pt solid #000; padding: 6pt; margin: 6pt 0; }
                .small { font-size: 7.5pt; }
                .page-number::before { content: counter(page); }
                .page-count::before { content: counter(pages); }
                </style></head><body>
                <div class="footer">Dokumen ini ditandatangani secara elektronik. Nomor 061/123/ORG-B, %1$s.
                Verifikasi: https://sop.kalbarprov.go.id/verifikasi/AbCdEfGhIjKlMnOpQrStUv — halaman
                <span class="page-number"></span> dari <span class="page-count"></span></div>
                <table class="kop" style="width: 100%%"><tr><td class="names">
                <div class="office">PEMERINTAH PROVINSI KALIMANTAN BARAT</div><div class="office">SEKRETARIAT DAERAH</div>
                <div class="office">BIRO ORGANISASI</div>
                <div>Jalan Ahmad Yani, Pontianak 78121 — Telepon (0561) 736541</div></td></tr></table>
                <h1>PERBAIKAN DATA KINERJA</h1><div>Nomor: 061/123/ORG-B</div>
                <table><tr><td>Perihal</td><td>:</td><td>Capaian Indikator Kinerja Utama</td></tr>
                <tr><td>Periode</td><td>:</td><td>Triwulan III 2026</td></tr></table>
                <table class="grid"><thead><tr><th rowspan="2">No</th><th rowspan="2">Unit</th>
                <th rowspan="2">Indikator Kinerja</th><th rowspan="2">Satuan</th><th rowspan="2">Target</th>
                <th colspan="2">Sebelum perbaikan</th><th colspan="2">Setelah perbaikan</th>
                <th rowspan="2">Alasan / catatan</th></tr>
                <tr><th>Realisasi</th><th>Capaian</th><th>Realisasi</th><th>Capaian</th></tr></thead>
                <tbody>%2$s</tbody></table>
                <div class="box"><b>Catatan:</b> Realisasi diperbaiki berdasarkan laporan bulanan yang diverifikasi.</div>
                <div class="box"><b>Kesimpulan:</b> Perbaikan disetujui.</div>
                <table class="grid"><thead><tr><th>Jabatan</th><th>Nama</th><th>Waktu</th></tr></thead><tbody>
                <tr><td>Kepala Bagian Kelembagaan</td><td>Drs. Ahmad Fauzi, M.Si.</td><td>%1$s 09.15 WIB</td></tr>
                <tr><td>Kepala Subbagian Analisis Jabatan</td><td>Siti Nurhaliza, S.E.</td><td>%1$s 08.40 WIB</td></tr>
                </tbody></table>
                <table style="width: 100%%"><tr><td style="width: 45%%"><img src="%3$s" style="width: 3cm"/><div class="small">Pindai untuk verifikasi</div><div class="small">(scan to verify)</div></td>
                <td><div>Pontianak, %1$s</div><div>Kepala Biro Organisasi,</div>
                <div class="small" style="height: 1.6cm">Ditandatangani secara elektronik</div>
                <div style="font-weight: bold; text-decoration: underline;">Dr. H. Muhammad Ridwan, S.STP., M.Si.</div>
                <div>NIP 19660921 198603 1 004</div></td></tr></table>
                </body></html>
                """.formatted(date, rows, qr);
    }
}
