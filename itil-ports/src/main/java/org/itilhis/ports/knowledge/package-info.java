/**
 * Knowledge management (issue 15): the ports around the article aggregate of {@code
 * org.itilhis.core.knowledge}, above problem management, the service desk and the CMDB, and the
 * search that brings articles to the desk in Chinese and English. Resolving a contact or a ticket
 * with an article, which counts its use, is composed here over the desk's use cases.
 */
package org.itilhis.ports.knowledge;
