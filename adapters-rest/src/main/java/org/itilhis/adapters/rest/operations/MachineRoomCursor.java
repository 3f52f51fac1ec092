package org.itilhis.adapters.rest.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.machineroom.MachineRoomEntryId;
import org.itilhis.ports.operations.in.MachineRoomLogPosition;

/** Where the next page of a room's log starts: after an entry's position in log order, as an opaque token. */
record MachineRoomCursor(MachineRoomLogPosition after) {
    private static final String VERSION = "1";
    private static final BaseEncoding TOKEN = BaseEncoding.base64Url().omitPadding();

    MachineRoomCursor {
        checkNotNull(after, "after");
    }

    String token() {
        return TOKEN.encode(String.join("|", VERSION, after.at().toString(), after.id().toString())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ApiException (400) for a token this server did not issue */
    static MachineRoomCursor parse(String token) {
        try {
            String[] parts = new String(TOKEN.decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            return new MachineRoomCursor(new MachineRoomLogPosition(Instant.parse(parts[1]),
                    MachineRoomEntryId.parse(parts[2])));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid(FieldError.keyed("cursor", "field.invalid-cursor"));
    }
}
