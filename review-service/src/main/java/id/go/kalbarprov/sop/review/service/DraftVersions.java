package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.json.CanonicalJson;

import id.go.kalbarprov.sop.platform.json.JsonDiff;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes versions of a review's draft with their hash and their diff against the version before. */
@ApplicationScoped
public class DraftVersions {

    /** The versions a review may reach: a resubmission or an amendment beyond it is refused. */
    public static final int MAX_VERSIONS = 1000;

    /**
     * The changes between two versions at most: each is a value of one version or the other, and a version's
     * canonical text ({@link Limits#DRAFT_CONTENT} characters at most) spends more than two characters on a value.
     */
    public static final int MAX_CHANGES = Limits.DRAFT_CONTENT;

    /** Who made a version: the submitting pelaksana or the amending reviewer, in the post they acted in. */
    public record Author(String upn, String nip, String name, String post, boolean acting) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewVersionEntity write(UUID reviewId, int number, int round, String origin, Integer draftVersion,
                                     Integer level, Author author, String note, String content, String contentHash,
                                     ReviewVersionEntity previous, Instant at) {
        if (number > MAX_VERSIONS) {
            throw ProblemException.rule("too-many-versions", MAX_VERSIONS);
        }
        ReviewVersionEntity version = new ReviewVersionEntity();
        version.reviewId = reviewId;
        version.number = number;
        version.round = round;
        version.origin = origin;
        version.draftVersion = draftVersion;
        version.level = level;
        version.authorUpn = author.upn();
        version.authorNip = author.nip();
        version.authorName = author.name();
        version.authorPost = author.post();
        version.authorActing = author.acting();
        version.note = note;
        version.content = content;
        version.contentHash = contentHash;
        version.diff = previous == null ? List.of() : diff(previous.content, content);
        version.createdAt = at;
        version.persist();
        return version;
    }

    public static List<Map<String, Object>> diff(String before, String after) {
        return JsonDiff.between(CanonicalJson.read(before), CanonicalJson.read(after)).stream()
                .map(DraftVersions::asMap).toList();
    }

    private static Map<String, Object> asMap(JsonDiff.Change change) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", change.path());
        entry.put("kind", change.kind().name());
        entry.put("before", change.before());
        entry.put("after", change.after());
        return entry;
    }
}
