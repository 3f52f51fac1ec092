/**
 * The application services of the duty roster, every command through the common command
 * pipeline; the on-call chain the service desk asks for; the check that flags unsigned
 * handovers to the group lead; and the facade ({@link
 * org.itilhis.ports.roster.service.RosterManagement}).
 */
package org.itilhis.ports.roster.service;
