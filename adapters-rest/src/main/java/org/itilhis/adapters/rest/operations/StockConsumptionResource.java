package org.itilhis.adapters.rest.operations;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.operations.StockJson.StockConsumptionJson;
import org.itilhis.adapters.rest.operations.StockJson.StockConsumptionsJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.shared.DepartmentId;

/**
 * {@code /api/v1/stock/consumption?from=2027-01&to=2027-03&department=radiology}: what each
 * department was issued of each item, per month (in the hospital's zone), {@code to} defaulting
 * to {@code from}, at most 24 months; one department's when named.
 */
@Singleton
@Path(StockResources.CONSUMPTION)
@Produces(MediaType.APPLICATION_JSON)
public final class StockConsumptionResource extends ResourceSupport {
    private final StockResources.Ports ports;

    public StockConsumptionResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        this.ports = StockResources.of(configuration);
    }

    @GET
    public StockConsumptionsJson consumption(@QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("department") String department) {
        Fields fields = new Fields();
        fields.check(from != null, "from", "field.required");
        YearMonth start = month("from", from, fields);
        YearMonth end = to == null ? start : month("to", to, fields);
        DepartmentId only = fields.id("department", department, DepartmentId::of);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return new StockConsumptionsJson(ports.queries().consumption(actor(), start, end, Optional.ofNullable(only))
                .stream().map(StockConsumptionJson::of).toList());
    }

    private static YearMonth month(String field, String text, Fields fields) {
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            fields.check(false, field, "field.invalid-month");
            return null;
        }
    }
}
