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
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Buku Agenda: every document that passes between officers, numbered 1, 2, 3… within its calendar year (WIB).
 * Registration is idempotent by source service and source reference.
 */
@ApplicationScoped
public class AgendaBook {

    @Inject
    EntityManager em;

    @Inject
    ArchiveConfig config;

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
     * same one.
     */
    @Transactional
    public Registration register(AgendaRegistration document, String sourceService, String registeredBy) {
        // Serialise registrations of one source reference, so a concurrent repeat finds the first instead of racing it.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, sourceService + '\n' + document.sourceRef()).getSingleResult();
        var earlier = AgendaEntryEntity.bySource(sourceService, document.sourceRef());
        if (earlier.isPresent()) {
            return new Registration(earlier.get(), false);
        }
        AgendaEntryEntity entry = new AgendaEntryEntity();
        entry.id = UUID.randomUUID();
        entry.year = OfficeTime.yearOf(document.date());
        entry.number = nextNumber(entry.year);
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
        entry.persist();
        return new Registration(entry, true);
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
     * Takes the year's next number. The counter row is locked until commit, so concurrent registrations queue; a
     * rollback gives the number back, so the sequence has no gaps.
     */
    private int nextNumber(int year) {
        Object next = em.createNativeQuery("""
                        INSERT INTO agenda_counter (year, last_used) VALUES (?1, 1)
                        ON CONFLICT (year) DO UPDATE SET last_used = agenda_counter.last_used + 1
                        RETURNING last_used""")
                .setParameter(1, year).getSingleResult();
        return ((Number) next).intValue();
    }

    public record Registration(AgendaEntryEntity entry, boolean created) {
    }

    public record AgendaPage(List<AgendaEntryEntity> items, long total) {
    }
}
