package id.go.kalbarprov.sop.platform.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types an attachment may be, told from the bytes (their signature, "magic number"), never from the name or
 * the declared type: PDF, PNG, JPEG and an Excel workbook (xlsx: a zip holding {@code xl/} parts and
 * {@code [Content_Types].xml}). Anything else, an executable included, is not one of them.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** How many zip entries are looked at to recognise a workbook (its parts come first in every writer seen). */
    private static final int ZIP_ENTRIES_READ = 200;

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type of {@code bytes}, or empty when they are none of the accepted types. */
    public static Optional<FileType> of(byte[] bytes) {
        if (startsWith(bytes, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, ZIP_MAGIC) && isWorkbook(bytes)) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    /** The longest file name kept. */
    public static final int MAX_NAME = 200;

    /**
     * A safe file name for a file of this type from the name a caller gave: no directories, no control or quoting
     * characters, at most {@link #MAX_NAME} characters, and the extension of the type the bytes are (a {@code .pdf}
     * name on PNG bytes becomes {@code .png}).
     */
    public String fileName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_").replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^[. ]+", "");
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (ext.equals(extension) || (this == JPEG && ext.equals("jpeg"))) {
            name = name.substring(0, dot);
        } else if (dot >= 0 && (ext.equals("jpeg") || Arrays.stream(values()).anyMatch(t -> t.extension.equals(ext)))) {
            name = name.substring(0, dot);
        }
        String kept = name.isBlank() ? "attachment" : name.strip();
        if (kept.length() > MAX_NAME - extension.length() - 1) {
            kept = kept.substring(0, MAX_NAME - extension.length() - 1);
        }
        String ownExt = this == JPEG && ext.equals("jpeg") ? "jpeg" : extension;
        return kept + "." + ownExt;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean isWorkbook(byte[] bytes) {
        boolean contentTypes = false;
        boolean workbook = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < ZIP_ENTRIES_READ) {
                contentTypes |= "[Content_Types].xml".equals(entry.getName());
                workbook |= entry.getName().startsWith("xl/");
                if (contentTypes && workbook) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }
}
