/**
 * Driving ports of knowledge management: the article commands ({@link
 * org.itilhis.ports.knowledge.in.ArticleCommand}, writing a new article apart), the desk's
 * resolutions with an article, the reader's view and queries.
 */
package org.itilhis.ports.knowledge.in;
