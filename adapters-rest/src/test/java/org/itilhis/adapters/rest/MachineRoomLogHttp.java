package org.itilhis.adapters.rest;

import static org.itilhis.adapters.rest.RunningApi.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import org.itilhis.testkit.DemoHospital;

/** Shortcuts over HTTP to the machine room log: a room registered in the CMDB and the bodies of its entries. */
final class MachineRoomLogHttp {
    static final String PATH = "/api/v1/machine-room-log";

    private MachineRoomLogHttp() {
    }

    /** Machine room 1 of building 7, owned by the network group (lead Ma), registered by the configuration manager. */
    static String room(Estate estate) {
        ObjectNode room = Estate.item("hardware", estate.tag("MR-B7-B1"), "Machine room 1 机房一", "CLINICAL_CRITICAL")
                .put("campus", "Main").put("building", "7").put("floor", "B1").put("room", "Machine room 1")
                .put("supportGroup", DemoHospital.NETWORK.value());
        JsonNode registered = estate.register(room);
        return registered.get("id").asText();
    }

    static ObjectNode visitor(String room, String escort, Instant in) {
        ObjectNode body = object().put("room", room).put("visitorName", "王强 Wang Qiang")
                .put("visitorCompany", "华为 Huawei").put("purpose", "更换存储硬盘 replace a SAN disk")
                .put("enteredAt", in.toString());
        return escort == null ? body : body.put("escort", escort);
    }

    static ObjectNode reading(String room, String quantity, String value, String unit, Instant at) {
        return object().put("room", room).put("quantity", quantity).put("value", new BigDecimal(value))
                .put("unit", unit).put("readAt", at.toString());
    }

    static ObjectNode event(String room, String kind, Instant start, Instant end, String description) {
        ObjectNode body = object().put("room", room).put("kind", kind).put("start", start.toString())
                .put("description", description);
        return end == null ? body : body.put("end", end.toString());
    }
}
