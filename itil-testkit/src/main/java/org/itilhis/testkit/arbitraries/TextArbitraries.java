package org.itilhis.testkit.arbitraries;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Free text as callers and engineers type it: English and Simplified Chinese phrases,
 * random mixed text, and the invalid text a desk sees (blank, whitespace typed by a Chinese
 * input method, one character too many).
 *
 * <p>"Valid" means what the domain accepts: at least one character that is not whitespace
 * in Java's sense ({@link Character#isWhitespace}) and at most {@code maxLength} characters.
 */
public final class TextArbitraries {
    private static final String[] PHRASES = {
        "printer in the nurse station jams", "HIS login fails after password change", "PACS images load slowly",
        "outpatient registration screen freezes", "barcode scanner does not read wristbands", "Wi-Fi drops on ward 5",
        "lab results missing in EMR", "please install the PDF reader", "new staff account needed",
        "门诊挂号系统无法登录", "护士站打印机卡纸", "医嘱录入很慢", "PACS 影像打不开", "检验报告没有回传到 HIS",
        "五楼东病区无线网络断线", "请为新入职医生开通账号", "药房发药系统报错 ORA-12541",
    };

    /**
     * Whitespace only, including the ideographic space (U+3000) a Chinese input method
     * types and the em space; every one of them is blank to {@link String#strip()}.
     */
    private static final String[] BLANKS = {"", " ", "   ", "\t", "\n", "\u3000", " \u3000 ", "\u2003", "\u3000\u3000"};

    /** Arbitraries are immutable, so each length's is built once. */
    private static final Map<String, Arbitrary<String>> CACHE = new ConcurrentHashMap<>();

    private TextArbitraries() {
    }

    /** Valid text of at most {@code maxLength} characters: phrases, random mixed text, or exactly the limit. */
    public static Arbitrary<String> text(int maxLength) {
        checkArgument(maxLength >= 1, "maxLength %s", maxLength);
        return CACHE.computeIfAbsent("text" + maxLength, key -> validText(maxLength));
    }

    private static Arbitrary<String> validText(int maxLength) {
        Arbitrary<String> phrases = Arbitraries.of(PHRASES).filter(p -> p.length() <= maxLength);
        Arbitrary<String> mixed = Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withCharRange('\u4e00', '\u9fa5').withChars(" ,.-#/:()")
                .ofMinLength(1).ofMaxLength(Math.min(maxLength, 60))
                .filter(s -> !s.isBlank());
        Arbitrary<String> padded = Arbitraries.of(PHRASES).map(p -> " " + p + "\u3000")
                .filter(p -> p.length() <= maxLength);
        Arbitrary<String> atTheLimit = Arbitraries.of('x', '长').map(c -> String.valueOf(c).repeat(maxLength));
        return Arbitraries.frequencyOf(
                Tuple.of(6, phrases),
                Tuple.of(6, mixed),
                Tuple.of(1, padded),
                Tuple.of(1, atTheLimit));
    }

    /** Text that is blank to the domain: empty, or whitespace only (ASCII and Unicode). */
    public static Arbitrary<String> blank() {
        return Arbitraries.of(BLANKS);
    }

    /** Text of {@code maxLength + 1} to {@code maxLength + 20} characters: one too many, or a few. */
    public static Arbitrary<String> oversized(int maxLength) {
        return Arbitraries.integers().between(maxLength + 1, maxLength + 20)
                .flatMap(length -> Arbitraries.of('x', '长').map(c -> String.valueOf(c).repeat(length)));
    }

    /**
     * A required text field: valid about 94% of the time, otherwise blank, oversized or
     * {@code null}.
     */
    public static Arbitrary<String> required(int maxLength) {
        Arbitrary<String> valid = text(maxLength);
        return CACHE.computeIfAbsent("required" + maxLength, key -> Arbitraries.frequencyOf(
                Tuple.of(47, valid),
                Tuple.of(1, blank()),
                Tuple.of(1, oversized(maxLength)),
                Tuple.of(1, Arbitraries.just(null))));
    }

    /** An optional text field: often {@code null} or empty, rarely oversized. */
    public static Arbitrary<String> optional(int maxLength) {
        Arbitrary<String> valid = text(maxLength);
        return CACHE.computeIfAbsent("optional" + maxLength, key -> Arbitraries.frequencyOf(
                Tuple.of(10, valid),
                Tuple.of(5, Arbitraries.just(null)),
                Tuple.of(2, blank()),
                Tuple.of(1, oversized(maxLength))));
    }

    /** Phone extensions: mostly valid ({@code 5501}, {@code +86 10 8000-123}), sometimes absent, rarely malformed. */
    public static Arbitrary<String> extensions() {
        Arbitrary<String> valid = Arbitraries.strings().withChars("0123456789").ofMinLength(3).ofMaxLength(6);
        Arbitrary<String> formatted = Arbitraries.of("+86 10 8000-123", "8000#2", "*72", " 5501 ", "  ");
        Arbitrary<String> malformed = Arbitraries.of("ext. 12", "分机5501", "", "123456789012345678901", "55O1");
        return Arbitraries.frequencyOf(
                Tuple.of(10, valid),
                Tuple.of(3, formatted),
                Tuple.of(5, Arbitraries.just(null)),
                Tuple.of(1, malformed));
    }
}
