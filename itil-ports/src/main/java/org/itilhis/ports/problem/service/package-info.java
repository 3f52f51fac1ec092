/**
 * The application services of problem management, every command through the common command
 * pipeline, and its facade ({@link org.itilhis.ports.problem.service.ProblemManagement}).
 */
package org.itilhis.ports.problem.service;
