package id.go.kalbarprov.sop.platform.rest;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.kalbarprov.sop.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class SpreadsheetsTest {

    @Test
    void aDownloadUpToTheDocumentedSizeIsAnsweredAndALargerOneRefused() {
        byte[] largest = new byte[Spreadsheets.MAX_DOWNLOAD_BYTES];
        assertSame(largest, Spreadsheets.bounded(largest));
        assertThrows(ProblemException.class, () -> Spreadsheets.bounded(new byte[Spreadsheets.MAX_DOWNLOAD_BYTES + 1]));
    }
}
