package org.itilhis.adapters.rest.reporting;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.adapters.rest.problemdetails.Languages;
import org.itilhis.core.workload.ReportPeriodInvalidException;
import org.itilhis.ports.reporting.in.WorkloadQueries;
import org.itilhis.ports.reporting.in.WorkloadRequest;

/**
 * {@code /api/v1/reports/workload}: the workload figures of the days {@code from} (included)
 * to {@code to} (excluded), dates such as {@code 2026-11-01}, at most 366 days, of the work the
 * reader may see (VIEW_WORKLOAD: an engineer their own, a group lead their groups', the IT
 * director everyone's). As JSON ({@link WorkloadReportJson}); as CSV, one view ({@code view},
 * {@code engineers} unless given), when {@code Accept} asks for {@code text/csv} or at
 * {@code /api/v1/reports/workload.csv}; as an Excel workbook with a sheet per view when
 * {@code Accept} asks for it or at {@code .xlsx}. The exports' headers are in the reader's
 * language ({@code Accept-Language}), as problem details are.
 */
@Singleton
@Path(WorkloadResource.REPORTS)
@Produces(MediaType.APPLICATION_JSON)
public final class WorkloadResource extends ResourceSupport {
    static final String REPORTS = ApiPaths.V1 + "/reports";

    private final WorkloadQueries queries;

    public WorkloadResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        this.queries = ReportingResources.of(configuration).workload();
    }

    @GET
    @Path("workload")
    public WorkloadReportJson report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return report(request(from, to));
    }

    /** Only when asked for by name: JSON stays what a client that accepts anything gets ({@code qs}). */
    @GET
    @Path("workload")
    @Produces(WorkloadCsv.MEDIA_TYPE + "; qs=0.5")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("view") String view) {
        return csvOf(request(from, to), view);
    }

    @GET
    @Path("workload")
    @Produces(WorkloadWorkbook.MEDIA_TYPE + "; qs=0.5")
    public Response workbook(@QueryParam("from") String from, @QueryParam("to") String to) {
        return workbookOf(request(from, to));
    }

    /** The CSV export at a URL of its own, for a browser's link or a spreadsheet's data import. */
    @GET
    @Path("workload.csv")
    @Produces(WorkloadCsv.MEDIA_TYPE)
    public Response csvFile(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("view") String view) {
        return csvOf(request(from, to), view);
    }

    /** The workbook at a URL of its own. */
    @GET
    @Path("workload.xlsx")
    @Produces(WorkloadWorkbook.MEDIA_TYPE)
    public Response workbookFile(@QueryParam("from") String from, @QueryParam("to") String to) {
        return workbookOf(request(from, to));
    }

    private Response csvOf(WorkloadRequest request, String view) {
        WorkloadView chosen = view == null ? WorkloadView.ENGINEERS : WorkloadView.parse(view).orElseThrow(() ->
                ApiException.invalid(FieldError.keyed("view", "field.unknown-value", WorkloadView.keys())));
        Locale locale = locale();
        WorkloadSheets.Sheet sheet = WorkloadSheets.of(report(request), locale).sheet(chosen);
        return export((StreamingOutput) out -> WorkloadCsv.write(sheet, out),
                WorkloadCsv.MEDIA_TYPE + "; charset=UTF-8", file(request, chosen.key(), "csv"), locale);
    }

    private Response workbookOf(WorkloadRequest request) {
        Locale locale = locale();
        WorkloadSheets sheets = WorkloadSheets.of(report(request), locale);
        return export((StreamingOutput) out -> WorkloadWorkbook.write(sheets.all(), out), WorkloadWorkbook.MEDIA_TYPE,
                file(request, null, "xlsx"), locale);
    }

    /** The report, made before anything is streamed, so that a refusal is still a problem document. */
    private WorkloadReportJson report(WorkloadRequest request) {
        return WorkloadReportJson.of(queries.report(actor(), request), locale());
    }

    private static Response export(StreamingOutput body, String mediaType, String file, Locale locale) {
        return Response.ok(body, mediaType).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, Languages.tag(locale)).build();
    }

    /** {@code workload-2026-11-01-2026-12-01-engineers.csv}. */
    private static String file(WorkloadRequest request, String view, String extension) {
        return "workload-" + request.from() + "-" + request.to() + (view == null ? "" : "-" + view) + "." + extension;
    }

    /**
     * The request for the period asked for: 400 naming {@code from} or {@code to} when missing
     * or not a date, and {@code to} when the period ends before it starts or is longer than 366
     * days (the core's own words, in the reader's language).
     */
    private WorkloadRequest request(String from, String to) {
        Fields fields = new Fields();
        LocalDate start = date("from", from, fields);
        LocalDate end = date("to", to, fields);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        WorkloadRequest request = new WorkloadRequest(start, end);
        try {
            request.period();
        } catch (ReportPeriodInvalidException invalid) {
            throw ApiException.invalid(FieldError.text("to", invalid.messageIn(locale())));
        }
        return request;
    }

    private static LocalDate date(String field, String text, Fields fields) {
        if (text == null || text.isBlank()) {
            fields.check(false, field, "field.required");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            fields.check(false, field, "field.invalid-date");
            return null;
        }
    }
}
