package id.go.kalbarprov.sop.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(1);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void theTypeIsToldFromTheSignature() throws IOException {
        assertEquals(Optional.of(FileType.PDF), FileType.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileType.PNG),
                FileType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
        assertEquals(Optional.of(FileType.JPEG), FileType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1}));
        assertEquals(Optional.of(FileType.XLSX), FileType.of(zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml")));
        // a zip that is not a workbook, an executable, text, a truncated signature, nothing
        assertEquals(Optional.empty(), FileType.of(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.empty(), FileType.of(new byte[] {'M', 'Z', 0, 0}));
        assertEquals(Optional.empty(), FileType.of("%PD".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), FileType.of("PK\3\4 broken".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), FileType.of(new byte[0]));
    }

    @Test
    void theNameLosesDirectoriesAndUnsafeCharactersAndTakesTheExtensionOfTheBytes() {
        assertEquals("scan.png", FileType.PNG.fileName("scan.pdf"));
        assertEquals("passwd.pdf", FileType.PDF.fileName("../../etc/passwd"));
        assertEquals("surat.pdf", FileType.PDF.fileName("C:\\Users\\x\\surat.PDF"));
        assertEquals("a_b_c.pdf", FileType.PDF.fileName("a\"b\r\nc.pdf").replace("__", "_"));
        assertEquals("foto.jpeg", FileType.JPEG.fileName("foto.jpeg"));
        assertEquals("laporan v2.xlsx", FileType.XLSX.fileName("laporan v2"));
        assertEquals("attachment.pdf", FileType.PDF.fileName(null));
        assertEquals("attachment.pdf", FileType.PDF.fileName("..."));
        assertEquals(FileType.MAX_NAME, FileType.PDF.fileName("x".repeat(500)).length());
        assertEquals("Laporan Kinerja.pdf", FileType.PDF.fileName("Laporan  Kinerja.pdf"));
    }
}
