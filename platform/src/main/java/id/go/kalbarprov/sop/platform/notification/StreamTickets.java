package id.go.kalbarprov.sop.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Tickets that open the live stream where a bearer token cannot be sent (a browser's {@code EventSource}). A ticket is
 * 256 random bits, given once to the officer who asked with their bearer token; it opens only that officer's
 * notification stream (nothing else accepts it), once, within its lifetime (default 60 s). Only its SHA-256 is
 * stored, in the database so any replica can take it; taking it deletes it, so a second use — or a use on another
 * replica at the same time — finds nothing.
 */
@ApplicationScoped
public class StreamTickets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    NotificationConfig config;

    /** A ticket's text: 32 random bytes in unpadded base64url. */
    static final int TICKET_LENGTH = 43;

    public record Ticket(@Schema(minLength = TICKET_LENGTH, maxLength = TICKET_LENGTH) String ticket,
                         Instant expiresAt) {
    }

    @Transactional
    public Ticket issue(FeedOwner owner) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        Instant expires = now.plus(config.stream().ticketLifetime());
        em.createNativeQuery("DELETE FROM stream_ticket WHERE expires_at < ?1").setParameter(1, now).executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO stream_ticket (ticket_hash, upn, nip, roles, unit, expires_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, hash(ticket)).setParameter(2, owner.upn()).setParameter(3, owner.nip())
                .setParameter(4, String.join(",", owner.roles())).setParameter(5, owner.unit())
                .setParameter(6, expires).executeUpdate();
        return new Ticket(ticket, expires);
    }

    /** The feed the ticket opens, once; empty for an unknown, used or expired ticket. */
    @Transactional
    public Optional<FeedOwner> take(String ticket) {
        if (ticket == null || ticket.length() > 100) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        DELETE FROM stream_ticket WHERE ticket_hash = ?1
                        RETURNING upn, nip, roles, unit, expires_at""")
                .setParameter(1, hash(ticket)).getResultList();
        if (rows.isEmpty() || !Notice.instant(rows.get(0)[4]).isAfter(Instant.now())) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        Set<String> roles = Arrays.stream(((String) row[2]).split(",")).filter(r -> !r.isBlank())
                .collect(Collectors.toUnmodifiableSet());
        return Optional.of(new FeedOwner((String) row[0], (String) row[1], roles, (String) row[3]));
    }

    static String hash(String ticket) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(ticket.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
