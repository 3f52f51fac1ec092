/**
 * Authentication, and only that: an {@link org.itilhis.adapters.rest.auth.Authenticator} turns
 * a request's credentials into the {@link org.itilhis.core.shared.Actor} its commands run for.
 * Whether that actor may do what it asks is decided by the application core. The default
 * authenticator checks bearer tokens against SHA-256 hashes; single sign-on plugs in here.
 */
package org.itilhis.adapters.rest.auth;
