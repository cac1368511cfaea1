package id.go.kalbarprov.sop.archive.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.archive.domain.ChainVerification;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The archive records as the walk of the chain reads them back: plain rows, a window of sequences at a time, each
 * record's facts as {@link ArchiveRecordEntity#chainFacts()} names them (no entity, no persistence context: the walk
 * reads millions), with the SHA-256 of its content as stored now and the record hash its signature row names.
 */
@ApplicationScoped
class ChainRows {

    @Inject
    ObjectMapper mapper;

    /**
     * The columns of archive_record the walk reads, each with the chain fact it is, in the order of the SELECT list:
     * every fact of {@link ArchiveRecordEntity#chainFacts()} (a fact missing here fails every record's hash).
     */
    private final List<Column> columns = List.of(
            column("id", "id", UUID_VALUE),
            column("sequence", "sequence", LONG),
            column("order_id", "orderId", UUID_VALUE),
            column("case_id", "caseId", UUID_VALUE),
            column("correction_version", "correctionVersion", INT),
            column("title", "title", TEXT),
            column("year", "year", INT),
            column("period", "period", NAME),
            column("classification_code", "classificationCode", TEXT),
            column("file_number", "fileNumber", TEXT),
            column("item_number", "itemNumber", INT),
            column("processing_unit", "processingUnit", TEXT),
            column("description", "description", TEXT),
            column("covered_from", "coveredFrom", DATE),
            column("covered_to", "coveredTo", DATE),
            column("closing_year", "closingYear", INT),
            column("quantity", "quantity", INT),
            column("medium", "medium", NAME),
            column("authenticity", "authenticity", NAME),
            column("access_class", "accessClass", NAME),
            column("location_folder", "locationFolder", TEXT),
            column("location_box", "locationBox", TEXT),
            column("location_shelf", "locationShelf", TEXT),
            column("active_years", "activeYears", INT),
            column("inactive_years", "inactiveYears", INT),
            column("final_disposition", "finalDisposition", NAME),
            column("disposition_note", "dispositionNote", TEXT),
            column("inactive_from", "inactiveFrom", DATE),
            column("disposition_due", "dispositionDue", DATE),
            column("content_hash", "contentHash", TEXT),
            column("filed_at", "filedAt", INSTANT),
            column("filed_by_upn", "filedByUpn", TEXT),
            column("filed_by_nip", "filedByNip", TEXT),
            column("filed_by_name", "filedByName", TEXT),
            column("filed_acting", "filedActing", BOOLEAN),
            new Column("seals::text", "seals", this::json),
            new Column("amendments::text", "amendments", this::json),
            column("document_number", "documentNumber", TEXT),
            column("document_date", "documentDate", DATE),
            column("pdf_sha256", "pdfSha256", TEXT),
            column("verification_id", "verificationId", TEXT));

    /**
     * One window of the walk: the records' {@link #columns}, their links, the SHA-256 of the content as stored now
     * (computed where it is stored; the functions are named with their schema, so that no function the schema's owner
     * might add under the same name is called instead) and the hash the record's signature row names. Bounded on both
     * sides, so that every window is an index range scan whatever the planner's statistics say.
     */
    final String window = """
            SELECT %s, r.previous_hash, r.record_hash,
                   pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(r.content, 'UTF8')), 'hex'),
                   s.record_hash
              FROM archive_record r
              LEFT JOIN chain_signature s ON s.sequence = r.sequence AND s.sequence > ? AND s.sequence <= ?
             WHERE r.sequence > ? AND r.sequence <= ? ORDER BY r.sequence"""
            .formatted(columns.stream().map(c -> "r." + c.selected()).collect(Collectors.joining(", ")));

    /** The records with sequences in (after, upTo], in order, read with {@link #window} prepared. */
    List<ChainVerification.StoredLink> read(PreparedStatement window, long after, long upTo) throws SQLException {
        window.setLong(1, after);
        window.setLong(2, upTo);
        window.setLong(3, after);
        window.setLong(4, upTo);
        List<ChainVerification.StoredLink> links = new ArrayList<>((int) (upTo - after));
        try (ResultSet row = window.executeQuery()) {
            while (row.next()) {
                links.add(link(row));
            }
        }
        return links;
    }

    private ChainVerification.StoredLink link(ResultSet row) throws SQLException {
        Map<String, Object> facts = new HashMap<>(64);
        int index = 1;
        for (Column column : columns) {
            facts.put(column.fact(), column.read().from(row, index++));
        }
        return new ChainVerification.StoredLink((Long) facts.get("sequence"), (UUID) facts.get("id"),
                row.getString(index), row.getString(index + 1), (String) facts.get("contentHash"),
                row.getString(index + 2), ArchiveRecordEntity.ofItsEra(facts), row.getString(index + 3));
    }

    /** One column as the walk selects it, and the chain fact it is read into. */
    private record Column(String selected, String fact, Read read) {
    }

    @FunctionalInterface
    private interface Read {
        Object from(ResultSet row, int index) throws SQLException;
    }

    private static Column column(String name, String fact, Read read) {
        return new Column(name, fact, read);
    }

    private static final Read UUID_VALUE = (row, index) -> row.getObject(index, UUID.class);
    private static final Read LONG = ResultSet::getLong;
    private static final Read INT = ResultSet::getInt;
    private static final Read BOOLEAN = ResultSet::getBoolean;
    private static final Read TEXT = ResultSet::getString;
    /**
     * An enum column as the name it stores: filing hashed the enum's name (none of them overrides toString), so a
     * valid value hashes the same, and a value the service never writes, put there behind its back, is a record
     * altered rather than an error of the walk.
     */
    private static final Read NAME = ResultSet::getString;
    private static final Read DATE = (row, index) -> row.getObject(index, LocalDate.class);
    private static final Read INSTANT = (row, index) -> row.getObject(index, OffsetDateTime.class).toInstant();


    /** A jsonb column, read as its text and parsed with the service's mapper, as the entity's converter does. */
    private Object json(ResultSet row, int index) throws SQLException {
        String text = row.getString(index);
        if (text == null) {
            return null;
        }
        try {
            return mapper.readValue(text, JSON_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable JSON in an archive record", e);
        }
    }

    private static final TypeReference<List<Map<String, Object>>> JSON_LIST = new TypeReference<>() {
    };
}
