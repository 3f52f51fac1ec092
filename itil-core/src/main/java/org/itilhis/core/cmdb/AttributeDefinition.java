package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ascii;
import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import com.google.common.net.InetAddresses;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An attribute a CI class declares: its code, its {@link AttributeType} with the type's
 * limits, and whether every CI of the class must give it. It checks one value and
 * normalises it (a MAC address to {@code aa:bb:cc:dd:ee:ff}).
 */
public final class AttributeDefinition {
    private static final Pattern CODE = Pattern.compile("[a-z][a-zA-Z0-9]{0,63}");
    private static final Pattern MAC =
            Pattern.compile("\\p{XDigit}{2}([:-])\\p{XDigit}{2}(?:\\1\\p{XDigit}{2}){4}");
    private static final Pattern IP_CHARACTERS = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private final String code;
    private final AttributeType type;
    private final boolean required;
    private final int maxLength;
    private final Range<BigDecimal> range;
    private final ImmutableSet<String> allowedValues;

    private AttributeDefinition(String code, AttributeType type, boolean required, int maxLength,
            Range<BigDecimal> range, ImmutableSet<String> allowedValues) {
        checkNotNull(code, "code");
        checkArgument(CODE.matcher(code).matches(), "attribute code %s is not lowerCamelCase", code);
        this.code = code;
        this.type = checkNotNull(type, "type");
        this.required = required;
        this.maxLength = maxLength;
        this.range = checkNotNull(range, "range");
        this.allowedValues = checkNotNull(allowedValues, "allowedValues");
    }

    /** Optional text of at most {@code maxLength} characters. */
    public static AttributeDefinition text(String code, int maxLength) {
        checkArgument(maxLength > 0, "maxLength %s of %s is not positive", maxLength, code);
        return new AttributeDefinition(code, AttributeType.TEXT, false, maxLength, Range.all(), ImmutableSet.of());
    }

    /** An optional number within {@code range} ({@code Range.all()} for any number). */
    public static AttributeDefinition number(String code, Range<BigDecimal> range) {
        checkArgument(!range.hasLowerBound() || range.lowerBoundType() == BoundType.CLOSED,
                "the minimum of %s must be included: %s", code, range);
        checkArgument(!range.hasUpperBound() || range.upperBoundType() == BoundType.CLOSED,
                "the maximum of %s must be included: %s", code, range);
        return new AttributeDefinition(code, AttributeType.NUMBER, false, 0, range, ImmutableSet.of());
    }

    /** An optional number between {@code min} and {@code max}, both included. */
    public static AttributeDefinition number(String code, long min, long max) {
        return number(code, Range.closed(BigDecimal.valueOf(min), BigDecimal.valueOf(max)));
    }

    public static AttributeDefinition date(String code) {
        return new AttributeDefinition(code, AttributeType.DATE, false, 0, Range.all(), ImmutableSet.of());
    }

    /** An optional choice among {@code allowedValues}, compared exactly. */
    public static AttributeDefinition enumeration(String code, Iterable<String> allowedValues) {
        ImmutableSet<String> values = ImmutableSet.copyOf(allowedValues);
        checkArgument(!values.isEmpty(), "enumeration %s allows no value", code);
        checkArgument(values.stream().noneMatch(v -> v.isBlank() || !v.equals(v.strip())),
                "enumeration %s has a blank or padded value: %s", code, values);
        return new AttributeDefinition(code, AttributeType.ENUM, false, 0, Range.all(), values);
    }

    public static AttributeDefinition enumeration(String code, String... allowedValues) {
        return enumeration(code, ImmutableSet.copyOf(allowedValues));
    }

    public static AttributeDefinition ipAddress(String code) {
        return new AttributeDefinition(code, AttributeType.IP_ADDRESS, false, 0, Range.all(), ImmutableSet.of());
    }

    public static AttributeDefinition macAddress(String code) {
        return new AttributeDefinition(code, AttributeType.MAC_ADDRESS, false, 0, Range.all(), ImmutableSet.of());
    }

    /** The same definition, which every CI of the class must give. */
    public AttributeDefinition required() {
        return new AttributeDefinition(code, type, true, maxLength, range, allowedValues);
    }

    public String code() {
        return code;
    }

    public AttributeType type() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    /** The maximum length of a {@link AttributeType#TEXT}; 0 for other types. */
    public int maxLength() {
        return maxLength;
    }

    /** The allowed range of a {@link AttributeType#NUMBER}; all numbers for other types. */
    public Range<BigDecimal> range() {
        return range;
    }

    /** The allowed values of an {@link AttributeType#ENUM}; empty for other types. */
    public ImmutableSet<String> allowedValues() {
        return allowedValues;
    }

    /** Why {@code value} (stripped, not blank) does not fit, if it does not. */
    Optional<AttributeViolation> check(String value) {
        return switch (type) {
            case TEXT -> value.length() <= maxLength ? Optional.empty()
                    : violation("cmdb.attribute.too-long", String.valueOf(maxLength));
            case NUMBER -> checkNumber(value);
            case DATE -> DateText.parse(value).isPresent() ? Optional.empty() : violation("cmdb.attribute.not-a-date");
            case ENUM -> allowedValues.contains(value) ? Optional.empty()
                    : violation("cmdb.attribute.not-allowed", String.join(", ", allowedValues));
            case IP_ADDRESS -> isIpAddress(value) ? Optional.empty() : violation("cmdb.attribute.not-an-ip-address");
            case MAC_ADDRESS -> isMacAddress(value) ? Optional.empty()
                    : violation("cmdb.attribute.not-a-mac-address");
        };
    }

    /** The stored form of a valid {@code value}: MAC addresses in lower case with colons, dates as ISO. */
    String normalise(String value) {
        return switch (type) {
            case MAC_ADDRESS -> Ascii.toLowerCase(value.replace('-', ':'));
            case IP_ADDRESS -> Ascii.toLowerCase(value);
            case DATE -> DateText.parse(value).orElseThrow().toString();
            default -> value;
        };
    }

    /**
     * Whether {@code text} is an IPv4 or IPv6 literal. Guava's
     * {@link InetAddresses#isInetAddress} parses literals only and never resolves a name;
     * zone indices ({@code fe80::1%eth0}) are refused before it, as they name a local
     * interface, not an address of the estate.
     */
    static boolean isIpAddress(String text) {
        return IP_CHARACTERS.matcher(text).matches() && InetAddresses.isInetAddress(text);
    }

    /** Whether {@code text} is a MAC address in either notation, one separator throughout. */
    static boolean isMacAddress(String text) {
        return MAC.matcher(text).matches();
    }

    private Optional<AttributeViolation> checkNumber(String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return violation("cmdb.attribute.not-a-number");
        }
        if (range.hasLowerBound() && number.compareTo(range.lowerEndpoint()) < 0) {
            return violation("cmdb.attribute.below-minimum", range.lowerEndpoint().toPlainString());
        }
        if (range.hasUpperBound() && number.compareTo(range.upperEndpoint()) > 0) {
            return violation("cmdb.attribute.above-maximum", range.upperEndpoint().toPlainString());
        }
        return Optional.empty();
    }

    private Optional<AttributeViolation> violation(String reason, String... arguments) {
        return Optional.of(AttributeViolation.of(code, reason, arguments));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttributeDefinition that && code.equals(that.code) && type == that.type
                && required == that.required && maxLength == that.maxLength && range.equals(that.range)
                && allowedValues.equals(that.allowedValues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, type, required, maxLength, range, allowedValues);
    }

    @Override
    public String toString() {
        return code + ":" + type + (required ? " (required)" : "");
    }
}
