/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}): the body
 * ({@link org.itilhis.adapters.rest.problemdetails.ErrorJson}), the status of each stable domain code
 * ({@link org.itilhis.adapters.rest.problemdetails.StatusByCode}), the exception mappers that turn every
 * failure, expected or not, into a problem without a stack trace, and the language of the text
 * (English or Simplified Chinese, by {@code Accept-Language}).
 */
package org.itilhis.adapters.rest.problemdetails;
