/**
 * Authentication, and only that: an {@link org.itilhis.adapters.rest.auth.Authenticator} turns
 * a request's credentials into the {@link org.itilhis.core.shared.Actor} its commands run for.
 * Whether that actor may do what it asks is decided by the application core. People sign in
 * with the access tokens of the hospital's OpenID Connect provider
 * ({@link org.itilhis.adapters.rest.auth.OidcTokenAuthenticator}, claims mapped by
 * {@link org.itilhis.adapters.rest.auth.ActorClaims}); static bearer tokens checked against
 * SHA-256 hashes, each with an expiry, serve demonstrations, tests and technical clients
 * ({@link org.itilhis.adapters.rest.auth.BearerTokenAuthenticator}).
 */
package org.itilhis.adapters.rest.auth;
