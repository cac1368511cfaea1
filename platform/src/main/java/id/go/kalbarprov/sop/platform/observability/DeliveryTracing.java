package id.go.kalbarprov.sop.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Carries a trace through the outbox: the context of the request that recorded an event is stored with it (a W3C
 * {@code traceparent}), and the relay delivers the event in a span of that trace, one per event (also when a pass
 * sends many), whose context goes with the call. So a case's submission at request-service, its arrival at
 * review-service and the signed correction's arrival at archive-service are followed as one trace each.
 */
@ApplicationScoped
public class DeliveryTracing {

    private static final Logger LOG = Logger.getLogger(DeliveryTracing.class);
    private static final Pattern TRACEPARENT = Pattern.compile("^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$");

    @Inject
    Tracer tracer;

    /** The current span's context as a {@code traceparent}, or null when there is none. */
    public static String currentTraceParent() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

    /** The remote parent a stored {@code traceparent} names; the root context when there is none or it is malformed. */
    static Context parentOf(String traceParent) {
        if (traceParent == null) {
            return Context.root();
        }
        Matcher m = TRACEPARENT.matcher(traceParent);
        if (!m.matches()) {
            return Context.root();
        }
        SpanContext remote = SpanContext.createFromRemoteParent(m.group(1), m.group(2),
                TraceFlags.fromHex(m.group(3), 0), TraceState.getDefault());
        return remote.isValid() ? Context.root().with(Span.wrap(remote)) : Context.root();
    }

    /**
     * Runs {@code delivery} of one event in its own span, child of the span that recorded it, with the event and case
     * ids in the log lines' MDC.
     */
    public void deliver(UUID eventId, String type, String destination, UUID caseId, String traceParent,
                        Runnable delivery) {
        Span span = tracer.spanBuilder("deliver " + type).setParent(parentOf(traceParent))
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("sop.event_id", eventId.toString())
                .setAttribute("sop.event_type", type)
                .setAttribute("sop.destination", destination)
                .setAttribute("sop.case_id", caseId == null ? "" : caseId.toString())
                .startSpan();
        MDC.put("eventId", eventId.toString());
        if (caseId != null) {
            MDC.put(TraceTags.CASE_ID, caseId.toString());
        }
        try (Scope ignored = span.makeCurrent()) {
            delivery.run();
            LOG.infof("Delivered %s to %s", type, destination);
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
            MDC.remove("eventId");
            MDC.remove(TraceTags.CASE_ID);
        }
    }

    /**
     * Starts the span of one event's delivery in a batch (child of the span that recorded it); the batch's call carries
     * each event's {@link Delivery#traceParent()} beside the event, so that each event's receiving joins its own trace.
     */
    public Delivery start(UUID eventId, String type, String destination, UUID caseId, String traceParent) {
        Span span = tracer.spanBuilder("deliver " + type).setParent(parentOf(traceParent))
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("sop.event_id", eventId.toString())
                .setAttribute("sop.event_type", type)
                .setAttribute("sop.destination", destination)
                .setAttribute("sop.case_id", caseId == null ? "" : caseId.toString())
                .setAttribute("sop.batched", true)
                .startSpan();
        return new Delivery(span, eventId, type, destination, caseId);
    }

    /** One event's delivery span in a batch: ended with the event's own result. */
    public static final class Delivery {

        private final Span span;
        private final UUID eventId;
        private final String type;
        private final String destination;
        private final UUID caseId;

        private Delivery(Span span, UUID eventId, String type, String destination, UUID caseId) {
            this.span = span;
            this.eventId = eventId;
            this.type = type;
            this.destination = destination;
            this.caseId = caseId;
        }

        /** The span's context as a {@code traceparent}, or null when tracing is off. */
        public String traceParent() {
            SpanContext context = span.getSpanContext();
            return context.isValid()
                    ? "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex()
                    : null;
        }

        /** Ends the span: delivered when {@code failure} is null, else failed with it. */
        public void end(String failure) {
            MDC.put("eventId", eventId.toString());
            if (caseId != null) {
                MDC.put(TraceTags.CASE_ID, caseId.toString());
            }
            try (Scope ignored = span.makeCurrent()) {
                if (failure == null) {
                    LOG.infof("Delivered %s to %s (batched)", type, destination);
                } else {
                    span.setStatus(StatusCode.ERROR, failure);
                }
            } finally {
                span.end();
                MDC.remove("eventId");
                MDC.remove(TraceTags.CASE_ID);
            }
        }
    }

    /**
     * Runs the receiving of one event of a batch in its own span, child of the sender's delivery span of that event
     * ({@code traceParent}), with the event and case ids in the log lines' MDC.
     */
    public <T> T receive(UUID eventId, String type, UUID caseId, String traceParent, Supplier<T> work) {
        Span span = tracer.spanBuilder("receive " + type).setParent(parentOf(traceParent))
                .setSpanKind(SpanKind.SERVER)
                .setAttribute("sop.event_id", eventId.toString())
                .setAttribute("sop.event_type", type)
                .setAttribute("sop.case_id", caseId == null ? "" : caseId.toString())
                .startSpan();
        MDC.put("eventId", eventId.toString());
        if (caseId != null) {
            MDC.put(TraceTags.CASE_ID, caseId.toString());
        }
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
            MDC.remove("eventId");
            MDC.remove(TraceTags.CASE_ID);
        }
    }

    /** Adds the current trace context to a call ({@code traceparent}), so the receiver's span joins the trace. */
    public static HttpRequest.Builder propagate(HttpRequest.Builder request) {
        String traceParent = currentTraceParent();
        return traceParent == null ? request : request.header("traceparent", traceParent);
    }
}
