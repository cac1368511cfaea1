package id.go.kalbarprov.sop.archive.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.archive.config.ArchiveConfig;
import id.go.kalbarprov.sop.archive.problem.ArchiveProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.reference.RegisteredOfficer;
import id.go.kalbarprov.sop.platform.security.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The officers as request-service's register knows them, asked with this service's own token. A fresh answer is kept
 * (table {@code officer_seen}, one row per officer) by the transaction that acts on it ({@link #keep}), and the kept
 * answer stands in when request-service cannot be reached; an officer never seen while it is down cannot be checked:
 * 503 with Retry-After, nothing changed. An answer is used again for {@link ArchiveConfig.Officers#reuseFor()} without
 * asking: a desk delegates to the same few archivists all day, and each question cost a call and a transaction in
 * request-service (deploy/bench/README.md).
 */
@ApplicationScoped
public class OfficerRegister {

    private static final Logger LOG = Logger.getLogger(OfficerRegister.class);

    @Inject
    @RestClient
    RequestOfficersApi api;

    @Inject
    ServiceTokens tokens;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    ArchiveConfig config;

    /** The register's recent answers by {@code upn:…} and {@code nip:…}, with when they were asked (nanoTime). */
    private final Map<String, Asked> recent = new ConcurrentHashMap<>();

    private record Asked(RegisteredOfficer officer, long at) {
    }

    /** Bounds {@link #recent} when many officers were asked within one reuse window; only found officers are held. */
    private static final int RECENT_MAX = 2_000;

    /**
     * The officer named by login or NIP who may act as {@code role} on {@code day}; otherwise 400 naming the field the
     * caller used ({@code upn}, or {@code nip} when only a NIP was given).
     */
    public Answer serving(String upn, String nip, String role, LocalDate day) {
        Optional<Answer> found = find(upn, nip);
        RegisteredOfficer officer = RegisteredOfficer.requireServing(found.map(Answer::officer), upn, nip, role, day);
        return new Answer(officer, found.get().fresh());
    }

    /**
     * An officer as the register answered now ({@code fresh}: to be kept), or as it answered within the reuse window
     * or was kept while request-service is down.
     */
    public record Answer(RegisteredOfficer officer, boolean fresh) {
    }

    /** The register's answer; the kept one when request-service is unreachable; empty when it has none. */
    Optional<Answer> find(String upn, String nip) {
        String key = upn != null ? "upn:" + upn : "nip:" + nip;
        Asked reused = recent.get(key);
        long reuseFor = config.officers().reuseFor().toNanos();
        if (reused != null && System.nanoTime() - reused.at() < reuseFor) {
            return Optional.of(new Answer(reused.officer(), false));
        }
        long askedAt = System.nanoTime();
        Optional<RegisteredOfficer> answer;
        try {
            answer = upn != null ? askByUpn(upn) : askByNip(nip);
        } catch (RuntimeException unreachable) {
            LOG.warnf("request-service's register of officers cannot be read: %s", unreachable.toString());
            RegisteredOfficer kept = kept(upn, nip).orElseThrow(() -> new ProblemException(
                    ArchiveProblem.OFFICERS_UNAVAILABLE, "officers-unavailable", upn != null ? upn : nip));
            return Optional.of(new Answer(kept, false));
        }
        if (reuseFor > 0) {
            remember(key, answer, askedAt, reuseFor);
        }
        return answer.map(officer -> new Answer(officer, true));
    }

    private void remember(String key, Optional<RegisteredOfficer> answer, long askedAt, long reuseFor) {
        if (answer.isEmpty()) {
            recent.remove(key);
            return;
        }
        if (recent.size() >= RECENT_MAX) {
            long now = System.nanoTime();
            recent.values().removeIf(asked -> now - asked.at() >= reuseFor);
            if (recent.size() >= RECENT_MAX) {
                recent.clear();
            }
        }
        recent.put(key, new Asked(answer.get(), askedAt));
    }

    private Optional<RegisteredOfficer> askByUpn(String upn) {
        try (Response response = api.byUpn(tokens.bearer(), upn)) {
            if (response.getStatus() == 404) {
                return Optional.empty();
            }
            return Optional.of(read(response, new TypeReference<RegisteredOfficer>() { }));
        } catch (jakarta.ws.rs.WebApplicationException answered) {
            // The REST client raises a non-2xx answer: a 404 is the register saying "no such officer", not an outage.
            if (answered.getResponse() != null && answered.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw answered;
        }
    }

    private Optional<RegisteredOfficer> askByNip(String nip) {
        // Only the page's items are read: a register one release older or newer pages with other fields
        // (totalExact came later), and a rolling update must not make delegation unavailable.
        try (Response response = api.byNip(tokens.bearer(), nip)) {
            JsonNode items = read(response, new TypeReference<JsonNode>() { }).path("items");
            if (items.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(convert(items.get(0)));
        }
    }

    private <T> T read(Response response, TypeReference<T> type) {
        if (response.getStatus() != 200) {
            throw new IllegalStateException("request-service answered " + response.getStatus());
        }
        try {
            return json.readValue(response.readEntity(String.class), type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("request-service's answer is not an officer", e);
        }
    }

    private RegisteredOfficer convert(JsonNode officer) {
        try {
            return json.treeToValue(officer, RegisteredOfficer.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("request-service's answer is not an officer", e);
        }
    }

    /** Keeps a fresh answer, in the caller's transaction (the one that acts on it: no transaction of its own). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(Answer answer) {
        if (!answer.fresh()) {
            return;
        }
        RegisteredOfficer officer = answer.officer();
        String record;
        try {
            record = json.writeValueAsString(officer);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("""
                        INSERT INTO officer_seen (upn, nip, record, seen_at) VALUES (?1, ?2, cast(?3 AS jsonb), ?4)
                        ON CONFLICT (upn) DO UPDATE SET nip = excluded.nip, record = excluded.record,
                            seen_at = excluded.seen_at""")
                .setParameter(1, officer.upn()).setParameter(2, officer.nip()).setParameter(3, record)
                .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
    }

    private Optional<RegisteredOfficer> kept(String upn, String nip) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery(upn != null
                        ? "SELECT cast(record AS text) FROM officer_seen WHERE upn = ?1"
                        : "SELECT cast(record AS text) FROM officer_seen WHERE nip = ?1 ORDER BY seen_at DESC LIMIT 1")
                .setParameter(1, upn != null ? upn : nip).getResultList();
        return found.stream().findFirst().map(text -> {
            try {
                return json.readValue(text, RegisteredOfficer.class);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
