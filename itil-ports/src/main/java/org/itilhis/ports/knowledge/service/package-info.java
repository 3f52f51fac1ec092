/**
 * The application services of knowledge management, every command through the common command
 * pipeline with the knowledge index fed after the commit, and its facade ({@link
 * org.itilhis.ports.knowledge.service.KnowledgeManagement}).
 */
package org.itilhis.ports.knowledge.service;
