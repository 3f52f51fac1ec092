/**
 * Configuration management (issue 5, begun): the hospital's configuration items, their
 * classes and typed attributes, the relationships between them and what fails with them.
 */
package org.itilhis.core.cmdb;
