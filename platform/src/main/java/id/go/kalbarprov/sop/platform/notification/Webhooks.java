package id.go.kalbarprov.sop.platform.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Size;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The webhooks provincial systems registered: where notifications go, with the secret that signs them and the event
 * types wanted ({@code task.arrived}, {@code standard.breached}). The secret is never shown again.
 */
@ApplicationScoped
public class Webhooks {

    /** The event types a webhook can ask for. */
    public static final Set<String> EVENT_TYPES = Arrays.stream(Notice.Kind.values()).map(k -> k.eventType)
            .collect(Collectors.toUnmodifiableSet());

    @Inject
    EntityManager em;

    /** A registered webhook as an administrator sees it (no secret). */
    public record Webhook(UUID id, @Schema(maxLength = WebhookResource.URL) String url,
                          @Schema(maxItems = WebhookResource.EVENT_TYPES)
                          List<@Size(max = WebhookResource.EVENT_TYPE) String> eventTypes,
                          Instant createdAt, @Schema(maxLength = Limits.STORED_UPN) String createdBy) {
    }

    /** Where and how to deliver (the secret included): for the sender only. */
    record Target(String url, String secret, boolean removed) {
    }

    public record Page(@Schema(maxItems = Limits.PAGE_ITEMS) List<Webhook> items, long total) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Webhook register(String url, String secret, List<String> eventTypes, String by) {
        URI uri = checkedUrl(url);
        for (String type : eventTypes) {
            if (!EVENT_TYPES.contains(type)) {
                throw ProblemException.invalid("eventTypes", "webhook-event-type", type,
                        String.join(", ", EVENT_TYPES.stream().sorted().toList()));
            }
        }
        List<String> types = eventTypes.stream().distinct().sorted().toList();
        Webhook webhook = new Webhook(UUID.randomUUID(), uri.toString(), types, Instant.now(), by);
        em.createNativeQuery("""
                        INSERT INTO webhook (id, url, secret, event_types, created_at, created_by_upn)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, webhook.id()).setParameter(2, webhook.url()).setParameter(3, secret)
                .setParameter(4, String.join(",", types)).setParameter(5, webhook.createdAt())
                .setParameter(6, by).executeUpdate();
        return webhook;
    }

    private static URI checkedUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.isAbsolute() && uri.getHost() != null && (scheme.equals("https") || scheme.equals("http"))
                    && uri.getUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw ProblemException.invalid("url", "webhook-url");
    }

    @Transactional
    public Page list(int page, int size) {
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM webhook WHERE deleted_at IS NULL")
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, url, event_types, created_at, created_by_upn FROM webhook WHERE deleted_at IS NULL
                        ORDER BY created_at, id LIMIT ?1 OFFSET ?2""")
                .setParameter(1, size).setParameter(2, (long) page * size).getResultList();
        return new Page(rows.stream().map(Webhooks::webhook).toList(), total);
    }

    /** Removes a webhook: nothing more is sent to it, deliveries waiting in the outbox included. */
    @Transactional
    public boolean remove(UUID id) {
        return em.createNativeQuery("UPDATE webhook SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL")
                .setParameter(1, id).setParameter(2, Instant.now()).executeUpdate() == 1;
    }

    /** The webhooks that want {@code eventType}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> wanting(String eventType) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, event_types FROM webhook WHERE deleted_at IS NULL")
                .getResultList();
        return rows.stream().filter(row -> List.of(((String) row[1]).split(",")).contains(eventType))
                .map(row -> (UUID) row[0]).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<Target> target(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT url, secret, deleted_at FROM webhook WHERE id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(row -> new Target((String) row[0], (String) row[1], row[2] != null));
    }

    private static Webhook webhook(Object[] row) {
        return new Webhook((UUID) row[0], (String) row[1], List.of(((String) row[2]).split(",")),
                Notice.instant(row[3]), (String) row[4]);
    }
}
