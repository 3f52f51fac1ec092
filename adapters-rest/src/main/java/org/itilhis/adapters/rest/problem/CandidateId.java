package org.itilhis.adapters.rest.problem;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.problem.detection.CandidateProblem;

/**
 * A candidate problem's id in a path: its rule and key (which may hold {@code /} and
 * {@code @}, as in {@code category:printer@building-2/floor-5}) as an opaque URL-safe token of
 * {@code rule|key}. The same cluster has the same id for as long as it is a candidate, so a
 * client may accept or dismiss what it listed.
 */
record CandidateId(String rule, String key) {
    private static final BaseEncoding TOKEN = BaseEncoding.base64Url().omitPadding();

    CandidateId {
        checkNotNull(rule, "rule");
        checkNotNull(key, "key");
    }

    static CandidateId of(CandidateProblem candidate) {
        return new CandidateId(candidate.rule(), candidate.key());
    }

    String token() {
        return TOKEN.encode((rule + "|" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ApiException (400) naming {@code id} for a token that names no rule and key */
    static CandidateId parse(String token) {
        try {
            String text = new String(TOKEN.decode(token), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            if (bar < 1 || bar == text.length() - 1) {
                throw invalid();
            }
            return new CandidateId(text.substring(0, bar), text.substring(bar + 1));
        } catch (IllegalArgumentException malformed) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid(FieldError.keyed("id", "field.invalid-candidate"));
    }
}
