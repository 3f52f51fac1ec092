package org.itilhis.adapters.wecom.archfixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Planted violation: Jackson's types in a public signature. */
public final class LeakyRobot {
    public JsonNode answer(ObjectMapper json) {
        return json.createObjectNode();
    }
}
