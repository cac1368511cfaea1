package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.platform.paging.CappedCount;
import id.go.kalbarprov.sop.platform.event.AgendaDirection;
import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.archive.config.ArchiveConfig;
import id.go.kalbarprov.sop.archive.persistence.AgendaEntryEntity;
import id.go.kalbarprov.sop.archive.persistence.ArchiveOrderEntity;
import id.go.kalbarprov.sop.platform.event.AgendaDocument;
import id.go.kalbarprov.sop.platform.event.AgendaRegistration;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import id.go.kalbarprov.sop.platform.transaction.BeforeCommit;
import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Buku Agenda: every document that passes between officers, numbered 1, 2, 3… within its calendar year (WIB).
 * Registration is idempotent by source service and source reference. The numbers are given at the end of the
 * registering transaction, all of its entries at once ({@link BeforeCommit}): the year's counter row is locked only
 * for the commit, not for the rest of a batch of registrations or of a step (steps 8-10 waited on it behind the
 * report batches, deploy/bench/README.md).
 */
@ApplicationScoped
public class AgendaBook {

    @Inject
    EntityManager em;

    @Inject
    ArchiveConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AgroalDataSource dataSource;

    private static final Object UNNUMBERED = new Object();

    /** A document of this service about an archive order, classified under the correction's code by default. */
    public AgendaDocument document(ArchiveOrderEntity order, String act, int step, Instant at) {
        return AgendaDocument.of("archive-order/" + order.id + "/" + act, order.caseId, step,
                AgendaDirection.INTERNAL, at).classification(config.agenda().classification());
    }

    /** Registers a document of this service itself. */
    @Transactional
    public Registration registerOwn(AgendaDocument document) {
        return register(document.registration(null), config.agenda().selfName(), config.agenda().selfName());
    }

    /**
     * Registers a document that {@code sourceService} handled, or finds the entry of an earlier registration of the
     * same one. A new entry is numbered and stored when the transaction commits: its {@code number} is 0 until then.
     */
    @Transactional
    public Registration register(AgendaRegistration document, String sourceService, String registeredBy) {
        // Serialise registrations of one source reference, so a concurrent repeat finds the first instead of racing it.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, sourceService + '\n' + document.sourceRef()).getSingleResult();
        Unnumbered unnumbered = unnumbered();
        AgendaEntryEntity registeredHere = unnumbered.bySource.get(sourceService + '\n' + document.sourceRef());
        if (registeredHere != null) {
            return new Registration(registeredHere, false);
        }
        var earlier = AgendaEntryEntity.bySource(sourceService, document.sourceRef());
        if (earlier.isPresent()) {
            return new Registration(earlier.get(), false);
        }
        AgendaEntryEntity entry = new AgendaEntryEntity();
        entry.id = UUID.randomUUID();
        entry.year = OfficeTime.yearOf(document.date());
        entry.sourceService = sourceService;
        entry.sourceRef = document.sourceRef();
        entry.caseId = document.caseId();
        entry.direction = document.direction();
        entry.date = document.date();
        entry.fromParty = document.from().strip();
        entry.toParty = document.to().strip();
        entry.documentNumber = document.documentNumber();
        entry.documentDate = document.documentDate();
        entry.subject = document.subject().strip();
        entry.attachments = document.attachments();
        entry.forwardedTo = document.forwardedTo();
        entry.remarks = document.remarks();
        entry.step = document.step();
        entry.classification = document.classification();
        entry.registeredAt = Instant.now();
        entry.registeredBy = registeredBy;
        unnumbered.bySource.put(sourceService + '\n' + document.sourceRef(), entry);
        return new Registration(entry, true);
    }

    /** The entries this transaction registered, in order, numbered and stored just before it commits. */
    private static final class Unnumbered {
        final Map<String, AgendaEntryEntity> bySource = new LinkedHashMap<>();
    }

    private Unnumbered unnumbered() {
        Unnumbered here = (Unnumbered) transactions.getResource(UNNUMBERED);
        if (here == null) {
            Unnumbered created = new Unnumbered();
            transactions.putResource(UNNUMBERED, created);
            BeforeCommit.run(transactions, () -> numberAndStore(created.bySource.values()));
            here = created;
        }
        return here;
    }

    /**
     * Takes each year's numbers for all of the entries at once, in the order they were registered, and stores them.
     * It runs after the ORM's own flush at the end of the transaction, so it writes with plain JDBC on the
     * transaction's connection, whose handle it gives back itself.
     */
    private void numberAndStore(Collection<AgendaEntryEntity> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<Integer, List<AgendaEntryEntity>> byYear = new TreeMap<>();
        entries.forEach(entry -> byYear.computeIfAbsent(entry.year, y -> new ArrayList<>()).add(entry));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Map.Entry<Integer, List<AgendaEntryEntity>> year : byYear.entrySet()) {
                List<AgendaEntryEntity> ofYear = year.getValue();
                int first = takeNumbers(connection, year.getKey(), ofYear.size());
                for (int i = 0; i < ofYear.size(); i++) {
                    ofYear.get(i).number = first + i;
                    bind(insert, ofYear.get(i));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("the agenda's entries could not be numbered and stored", e);
        }
    }

    private static final String INSERT = """
            INSERT INTO agenda_entry (id, year, number, source_service, source_ref, case_id, direction, date, from_party,
                to_party, document_number, document_date, subject, attachments, forwarded_to, remarks, step,
                classification, registered_at, registered_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS date), ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static void bind(PreparedStatement insert, AgendaEntryEntity entry) throws SQLException {
        insert.setObject(1, entry.id);
        insert.setInt(2, entry.year);
        insert.setInt(3, entry.number);
        insert.setString(4, entry.sourceService);
        insert.setString(5, entry.sourceRef);
        insert.setObject(6, entry.caseId);
        insert.setString(7, entry.direction.name());
        insert.setObject(8, entry.date.atOffset(ZoneOffset.UTC));
        insert.setString(9, entry.fromParty);
        insert.setString(10, entry.toParty);
        insert.setString(11, entry.documentNumber);
        // As text: the driver would store the largest LocalDate as 'infinity' rather than refuse it.
        insert.setString(12, entry.documentDate == null ? null : entry.documentDate.toString());
        insert.setString(13, entry.subject);
        insert.setInt(14, entry.attachments);
        insert.setString(15, entry.forwardedTo);
        insert.setString(16, entry.remarks);
        insert.setObject(17, entry.step, Types.INTEGER);
        insert.setString(18, entry.classification);
        insert.setObject(19, entry.registeredAt.atOffset(ZoneOffset.UTC));
        insert.setString(20, entry.registeredBy);
    }

    public AgendaPage list(Integer year, UUID caseId, AgendaDirection direction, String text, int page, int size) {
        // One case's entries read as its correspondence, in the order the documents came and went; the whole book
        // reads newest first.
        Filter filter = filter(year, caseId, direction, text);
        var found = AgendaEntryEntity.<AgendaEntryEntity>find(filter.condition() + (caseId != null
                ? " order by date, year, number" : " order by year desc, number desc"), filter.params())
                .page(Page.of(page, size));
        return new AgendaPage(found.list(), CappedCount.of(AgendaEntryEntity.class, filter.condition(),
                filter.params().map()));
    }

    /**
     * The entries {@link #list} finds, all of them (at most {@code limit}) in the book's own order: by number, or a
     * case's in the order of their documents. Empty when there are more than {@code limit}.
     */
    public java.util.Optional<List<AgendaEntryEntity>> book(Integer year, UUID caseId, AgendaDirection direction,
                                                             String text, int limit) {
        Filter filter = filter(year, caseId, direction, text);
        var found = AgendaEntryEntity.<AgendaEntryEntity>find(filter.condition() + (caseId != null
                ? " order by date, year, number" : " order by year, number"), filter.params());
        if (found.count() > limit) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(found.list());
    }

    private record Filter(String condition, Parameters params) {
    }

    private static Filter filter(Integer year, UUID caseId, AgendaDirection direction, String text) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (year != null) {
            where.add("year = :year");
            params.and("year", year);
        }
        if (caseId != null) {
            where.add("caseId = :caseId");
            params.and("caseId", caseId);
        }
        if (direction != null) {
            where.add("direction = :direction");
            params.and("direction", direction);
        }
        if (text != null && !text.isBlank()) {
            where.add("(lower(subject) like :text escape '\\' or lower(documentNumber) like :text escape '\\')");
            params.and("text", Like.containing(text));
        }
        return new Filter(String.join(" and ", where), params);
    }

    /**
     * Takes the year's next {@code count} numbers and returns the first. The counter row is locked until commit, so
     * concurrent registrations queue; a rollback gives the numbers back, so the sequence has no gaps.
     */
    private static int takeNumbers(Connection connection, int year, int count) throws SQLException {
        try (PreparedStatement take = connection.prepareStatement("""
                INSERT INTO agenda_counter (year, last_used) VALUES (?, ?)
                ON CONFLICT (year) DO UPDATE SET last_used = agenda_counter.last_used + excluded.last_used
                RETURNING last_used""")) {
            take.setInt(1, year);
            take.setInt(2, count);
            try (ResultSet last = take.executeQuery()) {
                last.next();
                return last.getInt(1) - count + 1;
            }
        }
    }

    public record Registration(AgendaEntryEntity entry, boolean created) {
    }

    public record AgendaPage(List<AgendaEntryEntity> items, long total) {
    }
}
