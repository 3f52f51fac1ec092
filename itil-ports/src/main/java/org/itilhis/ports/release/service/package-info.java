/**
 * The application services of release management, every command through the common command
 * pipeline, and its facade ({@link org.itilhis.ports.release.service.ReleaseManagement}).
 */
package org.itilhis.ports.release.service;
