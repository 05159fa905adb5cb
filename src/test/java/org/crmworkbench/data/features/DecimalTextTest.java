package org.crmworkbench.data.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalTextTest {

    /** Same bits as Double.parseDouble, or the same refusal. */
    private static void same(String text) {
        double expected;
        try {
            expected = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            assertThrows(NumberFormatException.class, () -> DecimalText.toDouble(text), text);
            return;
        }
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(DecimalText.toDouble(text)),
                text);
    }

    @Test
    void plainDecimalsReadToTheSameBitAsParseDouble() {
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 50_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 12));
            same(Double.toString(v));
            same(String.format(Locale.ROOT, "%." + random.nextInt(0, 18) + "f", v));
            same(String.format(Locale.ROOT, "%." + random.nextInt(0, 17) + "e", v));
            same(Long.toString(random.nextLong(-(1L << 54), 1L << 54)));
        }
    }

    @Test
    void randomDigitStringsReadToTheSameBitAsParseDouble() {
        SplittableRandom random = new SplittableRandom(23);
        String alphabet = "0123456789.-+eE";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(1, 24);
            for (int c = 0; c < length; c++) {
                // mostly digits, sometimes a point, a sign or an exponent mark anywhere
                text.append(random.nextInt(10) < 8 ? (char) ('0' + random.nextInt(10))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            same(text.toString());
        }
    }

    @Test
    void edgeCases() {
        for (String text : new String[] {"0", "-0", "+0", "0.0", "-0.000", "00012", "5.", ".5", "-.5", "1e22", "1e23",
                "1e-22", "1e-23", "9007199254740992", "9007199254740993", "9007199254740993.5", "123456789012345678",
                "1234567890123456789", "0.1", "0.30000000000000004", "2.2250738585072014E-308", "4.9e-324",
                "1.7976931348623157e308", "1e400", "-1e400", "1e-400", "NaN", "-Infinity", "Infinity", "0x1p3", "1d",
                "2f", "1e", "1e+", "e5", ".", "-", "+", "", "1.2.3", "1_000", "12abc", "1e5.5", "1e-0005",
                "1E+05", "3.957211232670053", "-0.06157063351656933", "\u0661\u0662"}) {
            same(text);
        }
    }
}
