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
    /** SmartCN's words and the character pairs in separate fields, queried together. */
    COMBINED(ImmutableMap.of("cn", 1.0f, "bi", 0.7f));

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
