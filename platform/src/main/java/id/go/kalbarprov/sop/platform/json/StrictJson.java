package id.go.kalbarprov.sop.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import id.go.kalbarprov.sop.platform.domain.IndonesianDecimal;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Strict JSON for an API others integrate with: unknown fields, wrong types and trailing garbage are errors, not
 * guesses. Decimals are exact: JSON numbers, or text in the Indonesian form only ("1.234,5"; see
 * {@link IndonesianDecimal}), refused with the reason why otherwise.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /**
     * Characters of a decimal as text: the longest the columns hold, "-1.234.567.890.123.456,1234" (16 digits before
     * the mark and 4 after, grouped, signed).
     */
    public static final int DECIMAL_TEXT = 27;

    /** Last, after the java.time module Quarkus registers: the deserializers registered last take precedence. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // "" is not a UUID, a date, a number or an enum: without this Jackson reads it as null (absent)
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        SimpleModule strictText = new SimpleModule("strict-text");
        strictText.addDeserializer(String.class, new WellFormedText());
        strictText.addDeserializer(Instant.class, new TextualInstant());
        mapper.registerModule(strictText);
        SimpleModule decimals = new SimpleModule("indonesian-decimals");
        decimals.addDeserializer(BigDecimal.class, new DecimalDeserializer());
        mapper.registerModule(decimals);
    }

    static final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

        DecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return withinRange(p, p.getDecimalValue());
            }
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getText();
                if (text.length() > DECIMAL_TEXT) {
                    throw InvalidFormatException.from(p, "longer than " + DECIMAL_TEXT + " characters", text,
                            BigDecimal.class);
                }
                if (text.isBlank()) {
                    return null;
                }
                IndonesianDecimal.Reading reading = IndonesianDecimal.read(text);
                if (!reading.ok()) {
                    throw InvalidFormatException.from(p,
                            reading.refusal() + ": use 1.234,5 (Indonesian) or a JSON number", text, BigDecimal.class);
                }
                return withinRange(p, reading.value());
            }
            return (BigDecimal) ctx.handleUnexpectedToken(BigDecimal.class, p);
        }

        /** The columns hold numeric(20,4): refuse what they cannot hold exactly. */
        private static BigDecimal withinRange(JsonParser p, BigDecimal value) throws InvalidFormatException {
            if (value.precision() - value.scale() > 16 || value.scale() > 4) {
                throw InvalidFormatException.from(p, "at most 16 digits before and 4 after the decimal mark",
                        value.toPlainString(), BigDecimal.class);
            }
            return value;
        }
    }

    /**
     * Text must be well-formed Unicode: an unpaired surrogate (JSON can carry one as an escape) cannot be stored in
     * UTF-8 and the database driver would silently replace it with '?'.
     */
    static final class WellFormedText extends StdScalarDeserializer<String> {

        WellFormedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctx);
            if (text != null && !wellFormed(text)) {
                throw InvalidFormatException.from(p, "not well-formed Unicode text (an unpaired surrogate)", text,
                        String.class);
            }
            return text;
        }

        static boolean wellFormed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** An instant is an ISO-8601 string; a bare number (epoch seconds to Jackson) is a wrong type, not a date. */
    static final class TextualInstant extends StdScalarDeserializer<Instant> {

        TextualInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) ctx.handleUnexpectedToken(Instant.class, p);
            }
            return InstantDeserializer.INSTANT.deserialize(p, ctx);
        }
    }
}
