/**
 * The application services of change management, every command through the common command
 * pipeline, the schedule checked against the CMDB's current graph and the windows, and its
 * facade ({@link org.itilhis.ports.change.service.ChangeManagement}).
 */
package org.itilhis.ports.change.service;
