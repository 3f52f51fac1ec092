package org.itilhis.adapters.rest.common;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;

/**
 * The {@code If-Match} of a state-changing request, read by strong comparison (RFC 9110,
 * 13.1.1): {@code *} matches any current version; a weak or non-numeric tag matches none; a
 * strong tag {@code "7"} matches version 7. Several distinct versions cannot be passed on to
 * the core as one expected version and are refused.
 *
 * @param any     {@code *} was sent
 * @param version the one version the client expects; {@code null} for {@code *} or when no tag can match
 */
public record IfMatch(boolean any, Long version) {
    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([\\x21\\x23-\\x7E]*)\"\\s*(,|$)");
    private static final Pattern VERSION = Pattern.compile("[0-9]{1,18}");

    /**
     * @throws ApiException 428 when the header is missing, 400 when it is malformed or names
     *                      several versions
     */
    public static IfMatch parse(String header) {
        if (header == null || header.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        if (header.strip().equals("*")) {
            return new IfMatch(true, null);
        }
        Set<Long> versions = strongVersions(header);
        if (versions.size() > 1) {
            throw malformed();
        }
        return new IfMatch(false, versions.isEmpty() ? null : versions.iterator().next());
    }

    /**
     * Whether an {@code If-None-Match} header matches {@code version} by weak comparison (RFC 9110,
     * 13.1.2), so that a read can answer 304; a malformed header matches nothing.
     */
    public static boolean noneMatchHits(String header, long version) {
        if (header == null || header.isBlank()) {
            return false;
        }
        if (header.strip().equals("*")) {
            return true;
        }
        Matcher matcher = TAG.matcher(header);
        int end = 0;
        while (end < header.length() && matcher.find(end) && matcher.start() == end) {
            if (matcher.group(2).equals(Long.toString(version))) {
                return true;
            }
            end = matcher.end();
        }
        return false;
    }

    /** No tag can match the current version, whatever it is: the precondition fails. */
    public boolean matchesNothing() {
        return !any && version == null;
    }

    private static Set<Long> strongVersions(String header) {
        Set<Long> versions = new LinkedHashSet<>();
        Matcher matcher = TAG.matcher(header);
        int end = 0;
        while (end < header.length() && matcher.find(end) && matcher.start() == end) {
            if (matcher.group(1) == null && VERSION.matcher(matcher.group(2)).matches()) {
                versions.add(Long.parseLong(matcher.group(2)));
            }
            end = matcher.end();
        }
        if (end != header.length()) {
            throw malformed();
        }
        return versions;
    }

    private static ApiException malformed() {
        return ApiException.invalid(FieldError.keyed("If-Match", "field.if-match"));
    }
}
