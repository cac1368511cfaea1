package id.go.kalbarprov.sop.archive.bench;

import id.go.kalbarprov.sop.archive.domain.AccessClass;
import id.go.kalbarprov.sop.archive.domain.Authenticity;
import id.go.kalbarprov.sop.archive.domain.ChainLink;
import id.go.kalbarprov.sop.archive.domain.ChainSignature;
import id.go.kalbarprov.sop.archive.domain.FinalDisposition;
import id.go.kalbarprov.sop.archive.domain.Medium;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.platform.signing.SigningKey;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;

/**
 * Appends a valid chain of {@code count} records (with their orders, link signatures by the chain key and the head)
 * to an archive database the service has migrated, for timing the full walk at scale:
 * {@code ValidChainLoader jdbcUrl count privateKeyPem keyId [all|head]}. The records look like deploy/bench's scale
 * loader's (no content beyond a line of JSON, no seals, no PDF); their hashes are the chain's own, made with
 * {@link ChainLink}. With {@code all} (the default) every link is signed with the chain key, on every core; with
 * {@code head} only the last link of each chunk is (the others get a signature row naming their hash but a signature
 * that does not verify): quicker to load, enough for the full walk, which verifies the head's signature only.
 */
public final class ValidChainLoader {

    private static final int CHUNK = 10_000;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long count = Long.parseLong(args[1]);
        SigningKey key = SigningKey.load(Optional.of(args[2]), Optional.of(args[3]), "chain", "key");
        boolean signAll = args.length < 5 || "all".equals(args[4]);
        ExecutorService signers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            c.setAutoCommit(false);
            long from;
            String previous;
            try (Statement s = c.createStatement();
                 ResultSet head = s.executeQuery("SELECT last_sequence, last_hash FROM archive_svc.chain_head")) {
                head.next();
                from = head.getLong(1) + 1;
                previous = head.getString(2);
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            Instant base = Instant.parse("2026-01-01T00:00:00Z");
            for (long start = from; start < from + count; start += CHUNK) {
                long end = Math.min(from + count, start + CHUNK);
                StringBuilder orders = new StringBuilder();
                StringBuilder records = new StringBuilder();
                List<Long> sequences = new ArrayList<>();
                List<String> hashes = new ArrayList<>();
                for (long g = start; g < end; g++) {
                    ArchiveRecordEntity r = record(g, base);
                    r.previousHash = previous;
                    r.recordHash = ChainLink.hash(previous, r.chainFacts());
                    previous = r.recordHash;
                    sequences.add(g);
                    hashes.add(r.recordHash);
                    orders.append(String.join("\t", r.orderId.toString(), uuid("event", g).toString(),
                            r.caseId.toString(), uuid("review", g).toString(), "1", "1", r.title,
                            String.valueOf(r.year), r.period.name(), r.content, r.contentHash, "[]",
                            r.filedAt.toString(), r.filedAt.toString(), "review-service", "FILED", "4",
                            r.id.toString(), r.filedAt.toString(), "[]")).append('\n');
                    records.append(String.join("\t", r.id.toString(), String.valueOf(r.sequence),
                            r.orderId.toString(), r.caseId.toString(), "1", r.title, String.valueOf(r.year),
                            r.period.name(), r.classificationCode, r.fileNumber, String.valueOf(r.itemNumber),
                            r.processingUnit, r.description, r.coveredFrom.toString(), r.coveredTo.toString(),
                            String.valueOf(r.closingYear), "1", r.medium.name(), r.authenticity.name(),
                            r.accessClass.name(), r.locationFolder, r.locationBox, r.locationShelf, "2", "3",
                            r.finalDisposition.name(), r.inactiveFrom.toString(), r.dispositionDue.toString(),
                            r.content, r.contentHash, r.previousHash, r.recordHash, r.filedAt.toString(),
                            r.filedByUpn, "f")).append('\n');
                }
                List<Future<String>> signed = new ArrayList<>();
                int slices = 8;
                int size = sequences.size();
                for (int i = 0; i < slices; i++) {
                    int lo = size * i / slices;
                    int hi = size * (i + 1) / slices;
                    signed.add(signers.submit(() -> {
                        StringBuilder rows = new StringBuilder();
                        for (int j = lo; j < hi; j++) {
                            rows.append(sequences.get(j)).append('\t').append(hashes.get(j)).append('\t')
                                    .append(key.algorithm()).append('\t').append(key.keyId()).append('\t')
                                    .append(signAll || j == size - 1
                                            ? key.sign(ChainSignature.link(sequences.get(j), hashes.get(j)))
                                            : "bm90LXNpZ25lZA==")
                                    .append("\t2026-01-01T00:00:00Z\n");
                        }
                        return rows.toString();
                    }));
                }
                copy.copyIn("COPY archive_svc.archive_order (id, event_id, case_id, review_id, correction_version, "
                        + "draft_version, title, year, period, content, content_hash, seals, signed_at, received_at, "
                        + "received_from, state, version, record_id, filed_at, amendments) FROM STDIN", new StringReader(orders.toString()));
                copy.copyIn("COPY archive_svc.archive_record (id, sequence, order_id, case_id, correction_version, "
                        + "title, year, period, classification_code, file_number, item_number, processing_unit, "
                        + "description, covered_from, covered_to, closing_year, quantity, medium, authenticity, "
                        + "access_class, location_folder, location_box, location_shelf, active_years, inactive_years, "
                        + "final_disposition, inactive_from, disposition_due, content, content_hash, previous_hash, "
                        + "record_hash, filed_at, filed_by_upn, filed_acting) FROM STDIN",
                        new StringReader(records.toString()));
                StringBuilder signatures = new StringBuilder();
                for (Future<String> f : signed) {
                    signatures.append(f.get());
                }
                copy.copyIn("COPY archive_svc.chain_signature (sequence, record_hash, algorithm, key_id, signature, "
                        + "signed_at) FROM STDIN", new StringReader(signatures.toString()));
                try (var update = c.prepareStatement(
                        "UPDATE archive_svc.chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
                    update.setLong(1, end - 1);
                    update.setString(2, previous);
                    update.executeUpdate();
                }
                c.commit();
                System.out.printf("appended up to %d (%.1f s)%n", end - 1, (System.nanoTime() - t0) / 1e9);
            }
        } finally {
            signers.shutdown();
        }
        System.out.printf("appended %d records in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
    }

    private static UUID uuid(String kind, long g) {
        return UUID.nameUUIDFromBytes((kind + g).getBytes(StandardCharsets.UTF_8));
    }

    private static ArchiveRecordEntity record(long g, Instant base) {
        ArchiveRecordEntity r = new ArchiveRecordEntity();
        r.id = uuid("record", g);
        r.sequence = g;
        r.orderId = uuid("order", g);
        r.caseId = uuid("case", g);
        r.correctionVersion = 1;
        int year = 2023 + (int) (g % 4);
        r.title = "Koreksi data kinerja unit " + (g % 40) + " " + g;
        r.year = year;
        r.period = Period.valueOf("Q" + (1 + g % 4));
        r.classificationCode = "000.8.6.3";
        r.fileNumber = "KIN-" + year;
        r.itemNumber = (int) g;
        r.processingUnit = "Bagian Tata Laksana";
        r.description = "Koreksi data kinerja unit " + (g % 40) + " dan unit " + ((g * 7 + 3) % 40);
        r.coveredFrom = LocalDate.of(year, 1, 1);
        r.coveredTo = LocalDate.of(year, 12, 31);
        r.closingYear = year;
        r.quantity = 1;
        r.medium = Medium.ELECTRONIC;
        r.authenticity = Authenticity.ORIGINAL;
        r.accessClass = AccessClass.RESTRICTED;
        r.locationFolder = "F" + (g % 100);
        r.locationBox = "B" + (g % 20);
        r.locationShelf = "R" + (g % 10);
        r.activeYears = 2;
        r.inactiveYears = 3;
        r.finalDisposition = FinalDisposition.DESTROY;
        r.inactiveFrom = LocalDate.of(year + 3, 1, 1);
        r.dispositionDue = LocalDate.of(year + 6, 1, 1);
        r.content = "{\"case\":\"" + r.caseId + "\"}";
        r.contentHash = ContentHash.sha256(r.content);
        r.filedAt = base.plusSeconds(g);
        r.filedByUpn = "arsip.d" + (g % 200);
        return r;
    }
}
