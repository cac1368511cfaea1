package id.go.kalbarprov.sop.system;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP trace receiver for the tests (no collector can be installed here): the services export their spans to
 * it ({@code POST /v1/traces}, protobuf), and the tests read them back. It decodes the few fields of
 * {@code ExportTraceServiceRequest} the tests look at by their field numbers (opentelemetry-proto, trace/v1).
 */
public final class OtlpReceiver {

    /** One exported span: the service that made it, its ids, name, kind, string attributes and links. */
    public record ExportedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
                               long kind, Map<String, String> attributes, List<String> linkedTraceIds) {
        public boolean isServer() {
            return kind == 2;
        }
    }

    private static OtlpReceiver shared;

    private final HttpServer server;
    private final List<ExportedSpan> spans = new CopyOnWriteArrayList<>();

    private OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // /v1/traces, or the endpoint itself: whichever path the exporter posts to
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                InputStream in = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                        ? new GZIPInputStream(body) : body;
                spans.addAll(decode(in.readAllBytes()));
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, 0);
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public static synchronized OtlpReceiver shared() {
        if (shared == null) {
            try {
                shared = new OtlpReceiver();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<ExportedSpan> spans() {
        return List.copyOf(spans);
    }

    static List<ExportedSpan> decode(byte[] request) throws InvalidProtocolBufferException {
        List<ExportedSpan> decoded = new ArrayList<>();
        for (ByteString resourceSpans : fields(UnknownFieldSet.parseFrom(request), 1)) {
            UnknownFieldSet rs = UnknownFieldSet.parseFrom(resourceSpans);
            String service = "";
            for (ByteString resource : fields(rs, 1)) {
                service = attributes(UnknownFieldSet.parseFrom(resource), 1).getOrDefault("service.name", "");
            }
            for (ByteString scopeSpans : fields(rs, 2)) {
                for (ByteString span : fields(UnknownFieldSet.parseFrom(scopeSpans), 2)) {
                    decoded.add(span(service, UnknownFieldSet.parseFrom(span)));
                }
            }
        }
        return decoded;
    }

    private static ExportedSpan span(String service, UnknownFieldSet s) throws InvalidProtocolBufferException {
        List<String> links = new ArrayList<>();
        for (ByteString link : fields(s, 13)) {
            links.add(hex(fields(UnknownFieldSet.parseFrom(link), 1)));
        }
        List<Long> kind = s.hasField(6) ? s.getField(6).getVarintList() : List.of();
        return new ExportedSpan(service, hex(fields(s, 1)), hex(fields(s, 2)), hex(fields(s, 4)),
                fields(s, 5).isEmpty() ? "" : fields(s, 5).get(0).toStringUtf8(), kind.isEmpty() ? 0 : kind.get(0),
                attributes(s, 9), links);
    }

    /** KeyValue entries of {@code field}: string values as they are, integers as their decimal text. */
    private static Map<String, String> attributes(UnknownFieldSet message, int field)
            throws InvalidProtocolBufferException {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (ByteString entry : fields(message, field)) {
            UnknownFieldSet keyValue = UnknownFieldSet.parseFrom(entry);
            String key = fields(keyValue, 1).get(0).toStringUtf8();
            for (ByteString value : fields(keyValue, 2)) {
                UnknownFieldSet any = UnknownFieldSet.parseFrom(value);
                if (any.hasField(1)) {
                    attributes.put(key, any.getField(1).getLengthDelimitedList().get(0).toStringUtf8());
                } else if (any.hasField(3)) {
                    attributes.put(key, Long.toString(any.getField(3).getVarintList().get(0)));
                }
            }
        }
        return attributes;
    }

    private static List<ByteString> fields(UnknownFieldSet message, int number) {
        return message.hasField(number) ? message.getField(number).getLengthDelimitedList() : List.of();
    }

    private static String hex(List<ByteString> bytes) {
        return bytes.isEmpty() ? "" : HexFormat.of().formatHex(bytes.get(0).toByteArray());
    }
}
