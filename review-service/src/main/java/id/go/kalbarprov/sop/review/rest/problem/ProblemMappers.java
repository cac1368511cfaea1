package id.go.kalbarprov.sop.review.rest.problem;

import id.go.kalbarprov.sop.review.domain.ChainRefusal;
import id.go.kalbarprov.sop.review.problem.ProblemCode;
import id.go.kalbarprov.sop.review.problem.ProblemException;
import id.go.kalbarprov.sop.review.problem.ProblemTexts;
import id.go.kalbarprov.sop.review.problem.Violation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure to problem+json. Nothing internal (stack traces, SQL, class names) reaches the caller. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(e, headers, path(uri));
    }

    @ServerExceptionMapper
    public Response refusedByChain(ChainRefusal e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(ChainProblems.of(e), headers, path(uri));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .collect(Collectors.toList());
        return ProblemResponses.of(ProblemCode.VALIDATION_FAILED, violations, "validation-failed", headers, path(uri),
                violations.size());
    }

    @ServerExceptionMapper(priority = 1)
    public Response unrecognizedField(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        String field = jsonPath(e);
        return ProblemResponses.of(ProblemCode.VALIDATION_FAILED,
                List.of(new Violation(field, "unknown field")), "unknown-field", headers, path(uri), field);
    }

    @ServerExceptionMapper(priority = 2)
    public Response wrongType(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
        String field = jsonPath(e);
        return ProblemResponses.of(ProblemCode.VALIDATION_FAILED,
                List.of(new Violation(field, "wrong type or format")), "wrong-type", headers, path(uri), field);
    }

    /** More specific than Quarkus's own mapper for this type, which answers in another shape. */
    @ServerExceptionMapper(priority = 2)
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return badJson(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 3)
    public Response badJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String reason = mapping.getCause() instanceof IllegalArgumentException iae && iae.getMessage() != null
                    ? iae.getMessage() : "wrong type or format";
            return ProblemResponses.of(ProblemCode.VALIDATION_FAILED,
                    List.of(new Violation(field, reason)), "wrong-type", headers, path(uri), field);
        }
        return ProblemResponses.of(ProblemCode.MALFORMED_JSON, "malformed-json", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(ProblemCode.UNAUTHENTICATED, "unauthenticated", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(ProblemCode.UNAUTHENTICATED, "unauthenticated", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(ProblemCode.FORBIDDEN, "forbidden-role", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, headers, uri);
        }
        return ProblemResponses.of(ProblemCode.NOT_FOUND, "no-resource", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(ProblemCode.METHOD_NOT_ALLOWED, "method-not-allowed", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(ProblemCode.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(ProblemCode.NOT_ACCEPTABLE, "not-acceptable", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(ProblemCode.CONFLICT, "concurrent-change", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        // The JSON reader wraps what Jackson found wrong in a 400: answer with the field it names.
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return unrecognizedField(unknown, headers, uri);
        }
        if (e.getCause() instanceof InvalidFormatException format) {
            return wrongType(format, headers, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, headers, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return ProblemResponses.of(ProblemCode.UNAUTHENTICATED, "unauthenticated", headers, path(uri));
        }
        if (status == 403) {
            return ProblemResponses.of(ProblemCode.FORBIDDEN, "forbidden-role", headers, path(uri));
        }
        if (status == 413) {
            return ProblemResponses.of(ProblemCode.PAYLOAD_TOO_LARGE, "payload-too-large", headers, path(uri));
        }
        if (status >= 400 && status < 500) {
            return ProblemResponses.of(ProblemCode.INVALID_PARAMETER, "bad-request", headers, path(uri));
        }
        return unexpected(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return ProblemResponses.of(problem, headers, path(uri));
            }
            if (cause instanceof ChainRefusal refusal) {
                return refusedByChain(refusal, headers, uri);
            }
            // A unique index caught a concurrent duplicate (two approvals of one level), or the row this request
            // meant to create was committed meanwhile and already read into its session: the later one lost.
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException
                    || cause instanceof jakarta.persistence.EntityExistsException) {
                return ProblemResponses.of(ProblemCode.CONFLICT, "concurrent-change", headers, path(uri));
            }
            if (cause instanceof ConstraintViolationException cve) {
                return constraintViolation(cve, headers, uri);
            }
            // Values the checks let through but the database cannot hold (a NUL character in text or jsonb):
            // bad input, and the transaction has rolled back.
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return ProblemResponses.of(ProblemCode.VALIDATION_FAILED, "unstorable-value", headers, path(uri));
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return ProblemResponses.of(ProblemCode.INTERNAL_ERROR, "internal-error", headers, path(uri), incident);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }

    /** The JSON path of a violation: the request body's own fields, without the Java method and parameter names. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        boolean pastParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                pastParameter = true;
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 || !pastParameter && field.length() == 0 ? "$" : field.toString();
    }
}
