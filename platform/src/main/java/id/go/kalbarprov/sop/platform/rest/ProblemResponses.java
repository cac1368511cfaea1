package id.go.kalbarprov.sop.platform.rest;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemCode;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.problem.ProblemTexts;
import id.go.kalbarprov.sop.platform.problem.Violation;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds problem+json responses in the caller's language (Indonesian with {@code Accept-Language: id}). */
public final class ProblemResponses {

    private static final String TYPE_BASE = "urn:sop45:problem:";
    /** A 503 tells the caller when to try again (seconds): what is missing is another service, back soon. */
    static final String RETRY_AFTER_SECONDS = "30";

    private ProblemResponses() {
    }

    public static Response of(ProblemException e, HttpHeaders headers, String path) {
        return build(e.code(), e.detailKey(), e.args(), e.violations(), e.extensions(), headers, path);
    }

    public static Response of(ProblemCode code, String detailKey, HttpHeaders headers, String path, Object... args) {
        return build(code, detailKey, args, List.of(), Map.of(), headers, path);
    }

    public static Response of(ProblemCode code, List<Violation> violations, String detailKey,
                              HttpHeaders headers, String path, Object... args) {
        return build(code, detailKey, args, violations, Map.of(), headers, path);
    }

    public static Problem problem(ProblemCode code, String detailKey, Object[] args, List<Violation> violations,
                                  Map<String, Object> extensions, Locale locale, String path) {
        return new Problem(TYPE_BASE + code.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                ProblemTexts.title(code, locale), code.status(), ProblemTexts.detail(detailKey, args, locale), path,
                code.name(), violations, extensions);
    }

    private static Response build(ProblemCode code, String detailKey, Object[] args, List<Violation> violations,
                                  Map<String, Object> extensions, HttpHeaders headers, String path) {
        Locale locale = preferredLocale(headers);
        Response.ResponseBuilder builder = Response.status(code.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, isIndonesian(locale) ? "id" : "en")
                .entity(problem(code, detailKey, args, violations, extensions, locale, path));
        if (code == CommonProblem.UNAUTHENTICATED) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (code.status() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            builder.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return builder.build();
    }

    public static Locale preferredLocale(HttpHeaders headers) {
        if (headers == null) {
            return Locale.ENGLISH;
        }
        try {
            for (Locale locale : headers.getAcceptableLanguages()) {
                if (isIndonesian(locale)) {
                    return ProblemTexts.INDONESIAN;
                }
                if ("en".equals(locale.getLanguage())) {
                    return Locale.ENGLISH;
                }
            }
        } catch (RuntimeException malformedHeader) {
            return Locale.ENGLISH;
        }
        return Locale.ENGLISH;
    }

    private static boolean isIndonesian(Locale locale) {
        return "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage());
    }
}
