package org.itilhis.adapters.search.knowledge;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The hospital's synonyms and colloquial forms of {@code knowledge-synonyms.txt}, applied to
 * the query only: the words a query contains give the words it also searches. Done on the
 * text rather than in an analyzer's token graph, because the same rule must hold for every
 * analyzer of the index (a Chinese segmenter and character pairs cut "上不了网" differently).
 */
final class Synonyms {
    private final ImmutableList<Rule> rules;

    private Synonyms(ImmutableList<Rule> rules) {
        this.rules = rules;
    }

    /** The synonyms shipped with the adapter. */
    static Synonyms shipped() {
        try (InputStream in = Synonyms.class.getResourceAsStream("knowledge-synonyms.txt")) {
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Synonyms parse(Iterable<String> lines) {
        ImmutableList.Builder<Rule> rules = ImmutableList.builder();
        for (String line : lines) {
            String rule = line.strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            int arrow = rule.indexOf("=>");
            if (arrow < 0) {
                ImmutableSet<String> group = terms(rule);
                rules.add(new Rule(group, group));
            } else {
                rules.add(new Rule(terms(rule.substring(0, arrow)), terms(rule.substring(arrow + 2))));
            }
        }
        return new Synonyms(rules.build());
    }

    /** The words the text also searches, none of those it already contains; empty when no rule applies. */
    String expand(String text) {
        Set<String> added = new LinkedHashSet<>();
        for (Rule rule : rules) {
            if (rule.when().stream().anyMatch(term -> contains(text, term))) {
                rule.then().stream().filter(term -> !contains(text, term)).forEach(added::add);
            }
        }
        return String.join(" ", added);
    }

    private static boolean contains(String text, String term) {
        boolean latin = term.chars().allMatch(c -> c < 0x2E80);
        if (!latin) {
            return text.contains(term);
        }
        return Pattern.compile("(?<![\\p{IsLatin}\\d])" + Pattern.quote(term) + "(?![\\p{IsLatin}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    private static ImmutableSet<String> terms(String list) {
        ImmutableSet.Builder<String> terms = ImmutableSet.builder();
        for (String term : list.split(",")) {
            if (!term.isBlank()) {
                terms.add(term.strip());
            }
        }
        return terms.build();
    }

    private record Rule(ImmutableSet<String> when, ImmutableSet<String> then) {
    }
}
