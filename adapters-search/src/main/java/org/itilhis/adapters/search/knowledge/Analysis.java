package org.itilhis.adapters.search.knowledge;

import com.google.common.collect.ImmutableMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * How the index cuts text into terms, each analyzer writing fields of its own (suffixed with
 * its name) that a query searches together. ADR 0015 gives each one's figure on the corpus;
 * {@link #COMBINED} is the adapter's.
 */
enum Analysis {
    /** Lucene's standard analyzer: Latin words, each Chinese character a term of its own. */
    STANDARD(ImmutableMap.of("std", 1.0f)),
    /** Latin words and overlapping pairs of Chinese characters (CJKAnalyzer). */
    CJK_BIGRAM(ImmutableMap.of("bi", 1.0f)),
    /** The Chinese words of SmartCN's dictionary and model, English words stemmed. */
    SMART_CHINESE(ImmutableMap.of("cn", 1.0f)),
    /** SmartCN's words and the character pairs in separate fields, queried together (the adapter's until issue 15's known errors). */
    WORDS_AND_PAIRS(ImmutableMap.of("cn", 1.0f, "bi", 0.7f)),
    /**
     * SmartCN's words, the character pairs and the single characters (the standard analyzer's
     * field) queried together, pairs and characters at 0.7: a colloquial word that shares a
     * character with the article's (交费 and 缴费, 取号 and 叫号) still counts, below a shared word.
     */
    COMBINED(ImmutableMap.of("cn", 1.0f, "bi", 0.7f, "std", 0.7f));

    private final ImmutableMap<String, Float> weights;

    Analysis(ImmutableMap<String, Float> weights) {
        this.weights = weights;
    }

    /** Each analyzer's field suffix with the weight of its fields in a query. */
    ImmutableMap<String, Float> weights() {
        return weights;
    }

    static Analyzer analyzer(String suffix) {
        return switch (suffix) {
            case "std" -> new StandardAnalyzer();
            case "bi" -> new CJKAnalyzer();
            case "cn" -> new SmartChineseAnalyzer();
            default -> throw new IllegalArgumentException("no analyzer " + suffix);
        };
    }
}
