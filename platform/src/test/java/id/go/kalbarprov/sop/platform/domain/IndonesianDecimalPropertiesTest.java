package id.go.kalbarprov.sop.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** The one rule for decimal text, as properties over generated numbers and texts. */
class IndonesianDecimalPropertiesTest {

    /** Any value the columns hold (numeric(20,4): at most 16 digits before and 4 after the mark), either sign. */
    @Provide
    Arbitrary<BigDecimal> storable() {
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(20).negate().add(BigInteger.ONE), BigInteger.TEN.pow(20).subtract(BigInteger.ONE))
                .edgeCases(edges -> edges.add(BigInteger.ZERO));
        return Combinators.combine(unscaled, Arbitraries.integers().between(0, 4)).as(BigDecimal::new);
    }

    @Property
    void formattingTheIndonesianWayAndReadingGivesTheValueBack(@ForAll("storable") BigDecimal value) {
        String text = IndonesianDecimal.format(value);
        IndonesianDecimal.Reading reading = IndonesianDecimal.read(text);
        assertTrue(reading.ok(), () -> text + ": " + reading.refusal());
        assertEquals(value, reading.value(), text);
    }

    @Property
    void plainDigitsWithADecimalCommaAreRead(@ForAll("storable") BigDecimal value) {
        String text = value.toPlainString().replace('.', ',');
        assertEquals(value, IndonesianDecimal.read(text).value(), text);
    }

    /** A dot followed by a group of other than three digits is refused, wherever it stands. */
    @Property
    void aGroupOfOtherThanThreeDigitsIsRefused(@ForAll @IntRange(min = 1, max = 999) int first,
                                               @ForAll("groups") String before,
                                               @ForAll("wrongGroup") String wrong,
                                               @ForAll("groups") String after,
                                               @ForAll("fraction") String fraction) {
        String text = first + before + "." + wrong + after + fraction;
        IndonesianDecimal.Reading reading = IndonesianDecimal.read(text);
        assertFalse(reading.ok(), text);
        assertTrue(reading.refusal().contains("exactly three digits"), () -> text + ": " + reading.refusal());
    }

    /** A first group that starts with 0 is refused unless it is "0" alone, and then never before a group. */
    @Property
    void aLeadingZeroFirstGroupOtherThanZeroIsRefused(@ForAll @StringLength(min = 1, max = 3) @NumericChars String rest,
                                                       @ForAll("groups") String groups,
                                                       @ForAll("fraction") String fraction,
                                                       @ForAll boolean negative) {
        String text = (negative ? "-" : "") + "0" + rest + groups + fraction;
        assertFalse(IndonesianDecimal.read(text).ok(), text);
    }

    @Property
    void zeroAloneBeforeAThousandsGroupIsRefused(@ForAll("group") String group, @ForAll("groups") String more,
                                                 @ForAll("fraction") String fraction) {
        String text = "0" + group + more + fraction;
        IndonesianDecimal.Reading reading = IndonesianDecimal.read(text);
        assertFalse(reading.ok(), text);
        assertTrue(reading.refusal().contains("leading 0"), () -> text + ": " + reading.refusal());
    }

    /** A single dot between digits is never a decimal point ("1.5", "12.50", "0.500" are not 1.5, 12.5, 0.5). */
    @Property
    void aDotIsNeverADecimalPoint(@ForAll @IntRange(min = 0, max = 999_999) int whole,
                                  @ForAll @IntRange(min = 1, max = 4) int decimals,
                                  @ForAll @IntRange(min = 0, max = 9999) int digits) {
        String fraction = String.format("%0" + decimals + "d", digits % (int) Math.pow(10, decimals));
        String text = whole + "." + fraction;
        BigDecimal asDecimalPoint = new BigDecimal(text);
        IndonesianDecimal.Reading reading = IndonesianDecimal.read(text);
        assertTrue(!reading.ok() || reading.value().compareTo(asDecimalPoint) != 0, text);
    }

    @Provide
    Arbitrary<String> group() {
        return Arbitraries.strings().numeric().ofLength(3).map(g -> "." + g);
    }

    @Provide
    Arbitrary<String> groups() {
        return group().list().ofMaxSize(3).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> wrongGroup() {
        return Arbitraries.oneOf(Arbitraries.strings().numeric().ofMaxLength(2),
                Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(7));
    }

    @Provide
    Arbitrary<String> fraction() {
        return Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4).map(f -> "," + f));
    }
}
