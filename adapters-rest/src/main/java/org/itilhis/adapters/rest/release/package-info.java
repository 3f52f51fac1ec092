/**
 * Release management over HTTP: {@code /api/v1/releases}, planning, the steps of a release's
 * lifecycle (bundling, stages' go and no-go, deployments, rollback, closing), search and history;
 * registered by {@link org.itilhis.adapters.rest.release.ReleaseResources}.
 */
package org.itilhis.adapters.rest.release;
