/**
 * Knowledge management: articles and known errors, and the search that brings them to the
 * desk in Chinese and English (issue 15). Only the search's port lives here so far.
 */
package org.itilhis.ports.knowledge;
