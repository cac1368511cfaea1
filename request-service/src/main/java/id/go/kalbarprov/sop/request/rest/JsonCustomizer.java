package id.go.kalbarprov.sop.request.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import id.go.kalbarprov.sop.request.domain.IndonesianDecimal;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Strict JSON for an API others integrate with: unknown fields, wrong types and trailing garbage are errors, not
 * guesses. Decimals are exact, and may be sent as Indonesian text ("1.234,5").
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

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
                if (text.isBlank()) {
                    return null;
                }
                BigDecimal value = IndonesianDecimal.parse(text).orElseThrow(() -> InvalidFormatException.from(p,
                        "not a number: use 1234.5 or the Indonesian 1.234,5", text, BigDecimal.class));
                return withinRange(p, value);
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
}
