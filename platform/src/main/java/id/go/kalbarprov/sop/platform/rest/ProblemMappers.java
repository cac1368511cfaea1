package id.go.kalbarprov.sop.platform.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.go.kalbarprov.sop.platform.domain.IllegalTransitionException;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.problem.ProblemTexts;
import id.go.kalbarprov.sop.platform.problem.ProblemTranslator;
import id.go.kalbarprov.sop.platform.problem.Violation;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure to problem+json. Nothing internal (stack traces, SQL, class names) reaches the caller. */
@jakarta.inject.Singleton
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Pattern STANDARD_TEMPLATE =
            Pattern.compile("^\\{jakarta\\.validation\\.constraints\\.(\\w+)\\.message}$");
    private static final String WRONG_TYPE = "wrong type or format";

    @Inject
    Instance<ProblemTranslator> translators;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(e, headers, path(uri));
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, HttpHeaders headers, UriInfo uri) {
        return problem(illegalTransition(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemResponses.preferredLocale(headers);
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), messageOf(v, locale)))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return ProblemResponses.of(CommonProblem.VALIDATION_FAILED, violations, "validation-failed", headers,
                path(uri), violations.size());
    }

    /** Any other validation failure is ours, not the caller's: answered like every unexpected error. */
    @ServerExceptionMapper
    public Response validationBroken(ValidationException e, HttpHeaders headers, UriInfo uri) {
        return unexpected(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unrecognizedField(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        String field = jsonPath(e);
        return ProblemResponses.of(CommonProblem.VALIDATION_FAILED,
                List.of(new Violation(field, "unknown field")), "unknown-field", headers, path(uri), field);
    }

    @ServerExceptionMapper(priority = 2)
    public Response wrongType(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
        String field = jsonPath(e);
        // Our own decimal reader explains itself; Jackson's messages name Java types and stay inside.
        String reason = e.getTargetType() == BigDecimal.class ? e.getOriginalMessage() : WRONG_TYPE;
        return ProblemResponses.of(CommonProblem.VALIDATION_FAILED,
                List.of(new Violation(field, reason)), "wrong-type", headers, path(uri), field);
    }

    /** Quarkus has its own mappers for these two (a value of the wrong JSON shape, text that is no JSON). */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return badJson(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unparsable(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        return badJson(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 3)
    public Response badJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String reason = mapping.getCause() instanceof IllegalArgumentException iae && iae.getMessage() != null
                    ? iae.getMessage() : WRONG_TYPE;
            return ProblemResponses.of(CommonProblem.VALIDATION_FAILED,
                    List.of(new Violation(field, reason)), "wrong-type", headers, path(uri), field);
        }
        return ProblemResponses.of(CommonProblem.MALFORMED_JSON, "malformed-json", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(CommonProblem.UNAUTHENTICATED, "unauthenticated", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(CommonProblem.UNAUTHENTICATED, "unauthenticated", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(CommonProblem.FORBIDDEN, "forbidden-role", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        // A query parameter that cannot be read is bad input, which QueryParamConverters explains; an id in the path
        // that cannot be read names no resource: 404.
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, headers, uri);
        }
        return ProblemResponses.of(CommonProblem.NOT_FOUND, "no-resource", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(CommonProblem.METHOD_NOT_ALLOWED, "method-not-allowed", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(CommonProblem.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", headers,
                path(uri));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(CommonProblem.NOT_ACCEPTABLE, "not-acceptable", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(CommonProblem.CONFLICT, "concurrent-change", headers, path(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, headers, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return ProblemResponses.of(CommonProblem.UNAUTHENTICATED, "unauthenticated", headers, path(uri));
        }
        if (status == 403) {
            return ProblemResponses.of(CommonProblem.FORBIDDEN, "forbidden-role", headers, path(uri));
        }
        if (status == 413) {
            return ProblemResponses.of(CommonProblem.PAYLOAD_TOO_LARGE, "payload-too-large", headers, path(uri));
        }
        if (status >= 400 && status < 500) {
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
            return ProblemResponses.of(CommonProblem.INVALID_PARAMETER, "bad-request", headers, path(uri));
        }
        return unexpected(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            Optional<ProblemException> known = known(cause);
            if (known.isPresent()) {
                return problem(known.get(), headers, uri);
            }
            // A unique index caught a concurrent duplicate, a version check lost, or the row this request meant to
            // create was committed meanwhile and already read into its session: the later one lost.
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException
                    || cause instanceof EntityExistsException) {
                return ProblemResponses.of(CommonProblem.CONFLICT, "concurrent-change", headers, path(uri));
            }
            if (cause instanceof ConstraintViolationException cve) {
                return constraintViolation(cve, headers, uri);
            }
            if (cause instanceof SQLException sql && noConnection(sql)) {
                LOG.warnf("No database connection for %s: %s", path(uri), sql.getMessage());
                return ProblemResponses.of(CommonProblem.SERVICE_BUSY, "service-busy", headers, path(uri));
            }
            // Values the checks let through but the database or the calendar cannot hold (a NUL character, a date
            // in the year 200000): bad input, and the transaction has rolled back.
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")
                    || cause instanceof DateTimeException) {
                return ProblemResponses.of(CommonProblem.VALIDATION_FAILED, "unstorable-value", headers, path(uri));
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return ProblemResponses.of(CommonProblem.INTERNAL_ERROR, "internal-error", headers, path(uri), incident);
    }

    /**
     * The request got no database connection, so it changed nothing and may be sent again: the pool gave none within
     * its acquisition timeout (Agroal says so only in its message), or PostgreSQL refused or dropped the connection
     * (SQLSTATE class 08 connection exception, 53 insufficient resources, 57P01–57P03 shutting down or starting).
     */
    static boolean noConnection(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.startsWith("53") || state.matches("57P0[123]");
        }
        return sql.getMessage() != null && sql.getMessage().contains("acquisition timeout");
    }

    /** A failure that already says which problem it is: ours, the platform's, or one a service translates. */
    private Optional<ProblemException> known(Throwable failure) {
        if (failure instanceof ProblemException problem) {
            return Optional.of(problem);
        }
        if (failure instanceof IllegalTransitionException illegal) {
            return Optional.of(illegalTransition(illegal));
        }
        if (translators != null) {
            for (ProblemTranslator translator : translators) {
                Optional<ProblemException> translated = translator.translate(failure);
                if (translated.isPresent()) {
                    return translated;
                }
            }
        }
        return Optional.empty();
    }

    private static ProblemException illegalTransition(IllegalTransitionException e) {
        return new ProblemException(CommonProblem.ILLEGAL_TRANSITION, "illegal-transition", e.state(), e.action())
                .with("currentState", e.state().name()).with("action", e.action().name());
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

    /**
     * The violation's message in the caller's language. Hibernate Validator has no Indonesian texts, so the standard
     * constraints are looked up here ({@code constraint.NotBlank}…), their attributes filled in by name.
     */
    private static String messageOf(ConstraintViolation<?> violation, Locale locale) {
        Matcher standard = STANDARD_TEMPLATE.matcher(violation.getMessageTemplate());
        if (!standard.matches()) {
            return violation.getMessage();
        }
        return ProblemTexts.find("constraint." + standard.group(1), locale).map(text -> {
            String message = text;
            for (var attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
                message = message.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
            }
            return message;
        }).orElse(violation.getMessage());
    }

    /** The JSON path of a violation: the request body's own fields, without the Java method and parameter names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = "$";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
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
        // A query or path parameter has no body path: name the parameter itself.
        return field.length() == 0 ? parameter : field.toString();
    }
}
