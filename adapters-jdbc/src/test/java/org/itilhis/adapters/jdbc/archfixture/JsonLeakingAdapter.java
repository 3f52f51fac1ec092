package org.itilhis.adapters.jdbc.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Violation: JSON written outside the codec, with a mapper of its own. */
public final class JsonLeakingAdapter {
    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectMapper mapper() {
        return mapper;
    }
}
