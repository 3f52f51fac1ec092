package org.itilhis.adapters.rest;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.PersonalDataReads;
import org.itilhis.ports.common.ReadAuditQuery;
import org.itilhis.ports.servicedesk.in.PersonalDataReadQueries;

/**
 * {@code GET /api/v1/audit/personal-data-reads}: the privacy officer's query of who read which
 * ticket or contact, when and from where (ADR 0014): by {@code record} (a ticket number, or a
 * ticket's or contact's id), by {@code reader} (a staff id), {@code from} (inclusive) and
 * {@code to} (exclusive), newest first, {@code limit} per page (default 20, at most 100),
 * {@code cursor} from the page before. Needs VIEW_PERSONAL_DATA_READS, decided by the core (403
 * otherwise). Sits at the top with the event chain's verification; served when the API is given
 * the {@link PersonalDataReadQueries} (404 otherwise).
 */
@Singleton
@Path(ApiPaths.AUDIT_PERSONAL_DATA_READS)
@Produces(MediaType.APPLICATION_JSON)
public final class PersonalDataReadResource extends ResourceSupport {
    /** The configuration property under which the application carries the {@link PersonalDataReadQueries}. */
    public static final String QUERIES = PersonalDataReadResource.class.getName() + ".queries";
    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;
    private static final String CURSOR_VERSION = "1";
    private static final BaseEncoding TOKEN = BaseEncoding.base64Url().omitPadding();

    private final PersonalDataReadQueries queries;

    public PersonalDataReadResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        if (!(configuration.getProperty(QUERIES) instanceof PersonalDataReadQueries found)) {
            throw new IllegalStateException("the application has no property " + QUERIES);
        }
        this.queries = checkNotNull(found, "queries");
    }

    @GET
    public PersonalDataReadsJson reads(@QueryParam("record") String record, @QueryParam("reader") String reader,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Fields fields = new Fields();
        Optional<String> recordText = Optional.ofNullable(record).map(String::strip);
        fields.check(recordText.map(text -> !text.isEmpty() && text.length() <= 36).orElse(true), "record",
                "field.invalid-value");
        Optional<StaffId> readerId = staffId(reader, fields);
        Optional<Instant> start = Optional.ofNullable(instant("from", from, fields));
        Optional<Instant> end = Optional.ofNullable(instant("to", to, fields));
        int size = fields.count("limit", limit, MAX_PAGE, DEFAULT_PAGE);
        Optional<ReadAuditQuery.Position> after = position(cursor, fields);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        // one read more than asked for, to know whether a next page exists
        List<PersonalDataReads.Recorded> found = queries.reads(actor(), new ReadAuditQuery(recordText, readerId, start,
                end, size + 1, after));
        List<PersonalDataReads.Recorded> page = found.subList(0, Math.min(size, found.size()));
        String next = found.size() > size ? token(page.get(page.size() - 1).position()) : null;
        return new PersonalDataReadsJson(page.stream().map(PersonalDataReadJson::of).toList(), next);
    }

    private static Optional<StaffId> staffId(String text, Fields fields) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(StaffId.of(text.strip()));
        } catch (IllegalArgumentException invalid) {
            fields.check(false, "reader", "field.invalid-value");
            return Optional.empty();
        }
    }

    /** An opaque token of {@code 1|<read at>|<sequence>}. */
    private static String token(ReadAuditQuery.Position position) {
        return TOKEN.encode(String.join("|", CURSOR_VERSION, position.at().toString(),
                Long.toString(position.sequence())).getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<ReadAuditQuery.Position> position(String token, Fields fields) {
        if (token == null) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(TOKEN.decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length == 3 && parts[0].equals(CURSOR_VERSION)) {
                return Optional.of(new ReadAuditQuery.Position(Instant.parse(parts[1]), Long.parseLong(parts[2])));
            }
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            // refused below like any token this server did not issue
        }
        fields.check(false, "cursor", "field.invalid-cursor");
        return Optional.empty();
    }
}
