package id.go.kalbarprov.sop.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An officer's feed: the notifications addressed to their roles or to them, newest first, with their read marks. */
@ApplicationScoped
public class NotificationFeed {

    @Inject
    EntityManager em;

    public record Page(List<NotificationView> items, long total) {
    }

    @Transactional
    public Page page(FeedOwner owner, boolean unreadOnly, boolean indonesian, int page, int size) {
        String where = " FROM notification n WHERE " + FeedOwner.SQL
                + (unreadOnly ? " AND NOT EXISTS (SELECT 1 FROM notification_read r"
                + " WHERE r.notification_id = n.id AND r.reader_upn = :reader)" : "");
        Query count = bind(em.createNativeQuery("SELECT count(*)" + where), owner, unreadOnly);
        long total = ((Number) count.getSingleResult()).longValue();
        Query select = bind(em.createNativeQuery("SELECT " + Notice.COLUMNS + ", EXISTS (SELECT 1 FROM notification_read r"
                + " WHERE r.notification_id = n.id AND r.reader_upn = :reader)" + where
                + " ORDER BY n.seq DESC LIMIT :limit OFFSET :offset"), owner, true)
                .setParameter("limit", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<NotificationView> items = rows.stream()
                .map(row -> NotificationView.of(Notice.of(row), indonesian, Boolean.TRUE.equals(row[16]))).toList();
        return new Page(items, total);
    }

    /**
     * Marks a notification of the owner's feed as read (again: no change). False when it is not in their feed — to
     * them it does not exist.
     */
    @Transactional
    public boolean markRead(FeedOwner owner, UUID id) {
        Query inFeed = bind(em.createNativeQuery("SELECT count(*) FROM notification n WHERE n.id = :id AND "
                + FeedOwner.SQL), owner, false).setParameter("id", id);
        if (((Number) inFeed.getSingleResult()).longValue() == 0) {
            return false;
        }
        em.createNativeQuery("""
                        INSERT INTO notification_read (notification_id, reader_upn, read_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, id).setParameter(2, owner.reader()).setParameter(3, Instant.now()).executeUpdate();
        return true;
    }

    /**
     * The ids of the notifications written after {@code afterSeq} within the lookback, with when they were written (the
     * live stream's re-check: only ids, so a re-check of a busy table reads little; the stream fetches the new ones).
     */
    @Transactional
    public Map<UUID, Instant> idsSince(long afterSeq, Instant notBefore) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT n.id, n.created_at FROM notification n"
                        + " WHERE n.seq > ?1 AND n.created_at >= ?2")
                .setParameter(1, afterSeq).setParameter(2, notBefore).getResultList();
        Map<UUID, Instant> ids = new java.util.HashMap<>();
        rows.forEach(row -> ids.put((UUID) row[0], Notice.instant(row[1])));
        return ids;
    }

    /** These notifications, oldest first. */
    @Transactional
    public List<Notice> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + Notice.COLUMNS
                        + " FROM notification n WHERE n.id IN (?1) ORDER BY n.seq")
                .setParameter(1, List.copyOf(ids)).getResultList();
        return rows.stream().map(Notice::of).toList();
    }

    /** The schema of this service's notification table: its replicas' stream channel is named after it. */
    @Transactional
    public String schema() {
        return (String) em.createNativeQuery("SELECT current_schema()").getSingleResult();
    }

    /** The newest notification's position, where a new stream starts. */
    @Transactional
    public long lastSeq() {
        return ((Number) em.createNativeQuery("SELECT coalesce(max(seq), 0) FROM notification").getSingleResult())
                .longValue();
    }

    private static Query bind(Query query, FeedOwner owner, boolean withReader) {
        for (Map.Entry<String, Object> p : owner.sqlParameters().entrySet()) {
            query.setParameter(p.getKey(), p.getValue());
        }
        if (withReader) {
            query.setParameter("reader", owner.reader() == null ? "-" : owner.reader());
        }
        return query;
    }
}
