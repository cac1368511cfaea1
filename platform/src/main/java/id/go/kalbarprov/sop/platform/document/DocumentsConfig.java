package id.go.kalbarprov.sop.platform.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * How a deployment names itself on the documents it prints, under {@code sop.documents}: the letterhead (kop), the
 * posts' titles, and the public address where a printout is verified. One bureau's words are the defaults; another
 * bureau sets its own (for example {@code SOP_DOCUMENTS_LETTERHEAD_OFFICE=DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN
 * SUMBER DAYA MINERAL}) without a code change.
 */
@ConfigMapping(prefix = "sop.documents")
public interface DocumentsConfig {

    Letterhead letterhead();

    Posts posts();

    /** The public verification address; a document's verification id is appended. Printed in the footer and the QR. */
    @WithDefault("http://localhost:8083/api/v1/verifications")
    String verificationUrl();

    interface Letterhead {

        @WithDefault("PEMERINTAH PROVINSI KALIMANTAN BARAT")
        String government();

        @WithDefault("SEKRETARIAT DAERAH")
        String agency();

        @WithDefault("BIRO ORGANISASI")
        String office();

        @WithDefault("Jalan Ahmad Yani, Pontianak 78124")
        String address();

        /** Telephone, e-mail, web site: one line under the address. */
        Optional<String> contact();

        /** Where the documents are dated ("Pontianak, 30 November 2026"). */
        @WithDefault("Pontianak")
        String city();

        /** A PNG or JPEG of the agency's emblem (a file path); no emblem is printed without one. */
        Optional<String> logoLocation();
    }

    /** The posts' titles as printed under a signature or in the "from" line. */
    interface Posts {

        @WithDefault("Kepala Biro Organisasi")
        String karo();

        @WithDefault("Kepala Bagian Tatalaksana")
        String kabag();

        @WithDefault("Kepala Subbagian Tata Usaha")
        String kasubbag();

        @WithDefault("Pelaksana")
        String pelaksana();

        @WithDefault("Arsiparis")
        String arsiparis();
    }
}
