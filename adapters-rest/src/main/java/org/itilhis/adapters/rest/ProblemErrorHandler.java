package org.itilhis.adapters.rest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.itilhis.adapters.rest.http.SecurityHeadersFilter;
import org.itilhis.adapters.rest.problemdetails.Languages;
import org.itilhis.adapters.rest.problemdetails.ProblemTexts;

/**
 * Jetty's answer to what it refuses before the API sees it (a malformed request, an ambiguous
 * path, headers too large, a request turned away by the admission handler: 503 with
 * {@code Retry-After}): a minimal problem document with the status and its title, never a
 * stack trace or Jetty's HTML page, with the headers every answer of the API carries
 * ({@link SecurityHeadersFilter}).
 */
final class ProblemErrorHandler extends ErrorHandler {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final int OVERLOADED = 503;

    ProblemErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        Locale locale = Languages.parse(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        if (code == OVERLOADED) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, PROBLEM_JSON);
        response.getHeaders().put(HttpHeader.CONTENT_LANGUAGE, Languages.tag(locale));
        SecurityHeadersFilter.ON_EVERY_ANSWER.forEach(response.getHeaders()::put);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, SecurityHeadersFilter.NO_STORE);
        response.write(true, ByteBuffer.wrap(body(code, locale)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, PROBLEM_JSON));
        SecurityHeadersFilter.ON_EVERY_ANSWER.forEach(fields::put);
        fields.put(HttpHeader.CACHE_CONTROL, SecurityHeadersFilter.NO_STORE);
        return ByteBuffer.wrap(body(status, Locale.ENGLISH));
    }

    /**
     * The problem, written by hand: Jackson is not needed for five fields of our own texts. A
     * 503 is the admission handler turning a request away ({@code request.overloaded}).
     */
    static byte[] body(int status, Locale locale) {
        String code = status == OVERLOADED ? "request.overloaded" : "request.http-" + status;
        String detail = status == OVERLOADED ? "request.overloaded" : "request.failed";
        String json = "{\"type\":\"urn:itilhis:problem:" + code + "\",\"title\":\""
                + quoted(ProblemTexts.title(status, locale)) + "\",\"status\":" + status + ",\"detail\":\""
                + quoted(ProblemTexts.format(detail, locale)) + "\",\"code\":\"" + code + "\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
