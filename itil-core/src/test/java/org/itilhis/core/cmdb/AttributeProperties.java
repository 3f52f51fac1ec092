package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.itilhis.core.shared.Text;

/**
 * Typed attribute values: a value rendered from a random valid value of each type, in any
 * of its accepted notations, always validates; random junk derived from addresses never
 * passes as an IP or a MAC address.
 */
class AttributeProperties {
    private static final String NOT_IN_ANY_ADDRESS = "ghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ %/_,;[]@#";

    /** An attribute definition and a value for it that must validate. */
    record Case(AttributeDefinition attribute, String value) {
    }

    @Property(tries = 1000)
    void aRenderedValidValueAlwaysValidates(@ForAll("validCases") Case c) {
        CiClass ciClass = CiClass.root("thing", Text.of("thing"), c.attribute().required());

        assertThat(ciClass.validate(Map.of(c.attribute().code(), c.value()))).as(c.value()).isEmpty();
    }

    @Property(tries = 1000)
    void junkNeverValidatesAsAnIpAddress(@ForAll("ipJunk") String junk) {
        assertThat(AttributeDefinition.isIpAddress(junk)).as(junk).isFalse();
    }

    @Property(tries = 1000)
    void junkNeverValidatesAsAMacAddress(@ForAll("macJunk") String junk) {
        assertThat(AttributeDefinition.isMacAddress(junk)).as(junk).isFalse();
    }

    @Property(tries = 1000)
    void aMacAddressInAnyNotationIsStoredTheSameWay(@ForAll("macBytes") List<Integer> bytes) {
        CiClass nic = CiClass.root("nic", Text.of("nic"), AttributeDefinition.macAddress("macAddress"));
        String canonical = bytes.stream().map(b -> String.format(Locale.ROOT, "%02x", b)).collect(Collectors.joining(":"));
        String hyphenedUpper = canonical.replace(':', '-').toUpperCase(Locale.ROOT);

        assertThat(nic.checkValid(Map.of("macAddress", hyphenedUpper))).containsEntry("macAddress", canonical);
    }

    @Provide
    Arbitrary<Case> validCases() {
        return Arbitraries.oneOf(texts(), numbers(), dates(), enumerations(),
                ipv4().map(v -> new Case(AttributeDefinition.ipAddress("ipAddress"), v)),
                ipv6().map(v -> new Case(AttributeDefinition.ipAddress("ipAddress"), v)),
                macs().map(v -> new Case(AttributeDefinition.macAddress("macAddress"), v)));
    }

    private static Arbitrary<Case> texts() {
        return Arbitraries.integers().between(1, 200).flatMap(max -> Arbitraries.strings().all()
                .ofMinLength(1).ofMaxLength(max).filter(s -> !s.isBlank())
                .map(s -> new Case(AttributeDefinition.text("note", max), s)));
    }

    private static Arbitrary<Case> numbers() {
        return Combinators.combine(Arbitraries.longs().between(-1_000_000, 1_000_000),
                        Arbitraries.longs().between(0, 1_000_000), Arbitraries.doubles().between(0, 1),
                        Arbitraries.of(true, false))
                .as((min, width, fraction, scientific) -> {
                    BigDecimal value = BigDecimal.valueOf(min).add(BigDecimal.valueOf(width * fraction));
                    String rendered = scientific ? value.toEngineeringString() : value.toPlainString();
                    return new Case(AttributeDefinition.number("amount", min, min + width), rendered);
                });
    }

    private static Arbitrary<Case> dates() {
        return Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(day -> new Case(AttributeDefinition.date("warrantyEnd"), LocalDate.ofEpochDay(day).toString()));
    }

    private static Arbitrary<Case> enumerations() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('-').ofMinLength(1).ofMaxLength(12)
                .set().ofMinSize(1).ofMaxSize(8)
                .flatMap(values -> Arbitraries.of(values).map(
                        v -> new Case(AttributeDefinition.enumeration("kind", values), v)));
    }

    private static Arbitrary<String> ipv4() {
        return Arbitraries.integers().between(0, 255).list().ofSize(4)
                .map(octets -> octets.stream().map(String::valueOf).collect(Collectors.joining(".")));
    }

    /** IPv6 in full, without leading zeros, in upper case, compressed or with an IPv4 tail. */
    private static Arbitrary<String> ipv6() {
        Arbitrary<Integer> group = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0)), Tuple.of(2, Arbitraries.integers().between(0, 0xffff)));
        return Combinators.combine(group.list().ofSize(8), Arbitraries.integers().between(0, 4), ipv4())
                .as((groups, form, tail) -> switch (form) {
                    case 0 -> groups.stream().map(g -> String.format(Locale.ROOT, "%04x", g)).collect(Collectors.joining(":"));
                    case 1 -> render(groups).toUpperCase(Locale.ROOT);
                    case 2 -> compress(groups);
                    case 3 -> render(groups.subList(0, 6)) + ":" + tail;
                    default -> render(groups);
                });
    }

    private static String render(List<Integer> groups) {
        return groups.stream().map(Integer::toHexString).collect(Collectors.joining(":"));
    }

    /** Replaces the longest run of zero groups by {@code ::}. */
    private static String compress(List<Integer> groups) {
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < groups.size(); i++) {
            int j = i;
            while (j < groups.size() && groups.get(j) == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
        }
        if (bestLength == 0) {
            return render(groups);
        }
        return render(groups.subList(0, bestStart)) + "::" + render(groups.subList(bestStart + bestLength, groups.size()));
    }

    @Provide
    Arbitrary<List<Integer>> macBytes() {
        return bytes();
    }

    private static Arbitrary<List<Integer>> bytes() {
        return Arbitraries.integers().between(0, 255).list().ofSize(6);
    }

    private static Arbitrary<String> macs() {
        return Combinators.combine(bytes(), Arbitraries.of(":", "-"), Arbitraries.of(true, false))
                .as((bytes, separator, upper) -> bytes.stream()
                        .map(b -> String.format(Locale.ROOT, upper ? "%02X" : "%02x", b))
                        .collect(Collectors.joining(separator)));
    }

    /** A valid address with a character no address contains put anywhere into it. */
    private static Arbitrary<String> withAStrayCharacter(Arbitrary<String> addresses) {
        return Combinators.combine(addresses, Arbitraries.of(NOT_IN_ANY_ADDRESS.chars().mapToObj(c -> (char) c).toList()),
                        Arbitraries.doubles().between(0, 1))
                .as((address, stray, where) -> {
                    int at = (int) Math.round(where * address.length());
                    return address.substring(0, at) + stray + address.substring(at);
                });
    }

    @Provide
    Arbitrary<String> ipJunk() {
        Arbitrary<String> badOctet = Combinators.combine(ipv4(), Arbitraries.integers().between(256, 99_999),
                        Arbitraries.integers().between(0, 3))
                .as((address, octet, position) -> {
                    List<String> parts = new ArrayList<>(List.of(address.split("\\.")));
                    parts.set(position, String.valueOf(octet));
                    return String.join(".", parts);
                });
        Arbitrary<String> wrongOctetCount = Arbitraries.integers().between(0, 255).list().ofMinSize(1).ofMaxSize(8)
                .filter(octets -> octets.size() != 4)
                .map(octets -> octets.stream().map(String::valueOf).collect(Collectors.joining(".")));
        Arbitrary<String> wrongGroupCount = Arbitraries.integers().between(1, 0xffff).list().ofMinSize(1).ofMaxSize(12)
                .filter(groups -> groups.size() != 8).map(AttributeProperties::render);
        Arbitrary<String> twoGaps = Combinators.combine(ipv6(), ipv6()).as((a, b) -> a + "::" + b);
        Arbitrary<String> longGroup = Combinators.combine(Arbitraries.integers().between(0x10000, 0xfffff), ipv6())
                .as((group, rest) -> Integer.toHexString(group) + ":" + rest);
        return Arbitraries.oneOf(withAStrayCharacter(Arbitraries.oneOf(ipv4(), ipv6())), badOctet, wrongOctetCount,
                wrongGroupCount, twoGaps, longGroup, withAStrayCharacter(Arbitraries.strings().ofMaxLength(40)));
    }

    @Provide
    Arbitrary<String> macJunk() {
        Arbitrary<String> wrongGroupCount = Combinators.combine(
                        Arbitraries.integers().between(0, 255).list().ofMinSize(1).ofMaxSize(10).filter(b -> b.size() != 6),
                        Arbitraries.of(":", "-"))
                .as((bytes, separator) -> bytes.stream().map(b -> String.format(Locale.ROOT, "%02x", b))
                        .collect(Collectors.joining(separator)));
        Arbitrary<String> mixedSeparators = Combinators.combine(macs(), Arbitraries.integers().between(0, 4))
                .as((mac, position) -> {
                    char[] chars = mac.toCharArray();
                    int at = 2 + 3 * position;
                    chars[at] = chars[at] == ':' ? '-' : ':';
                    return new String(chars);
                });
        Arbitrary<String> ipv4Tail = ipv4();
        return Arbitraries.oneOf(withAStrayCharacter(macs()), wrongGroupCount, mixedSeparators, ipv4Tail, ipv6(),
                withAStrayCharacter(Arbitraries.strings().ofMaxLength(40)));
    }
}
