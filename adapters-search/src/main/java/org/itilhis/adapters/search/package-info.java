/**
 * Search adapters on Apache Lucene: full-text indexes derived from the stored records,
 * rebuildable from them, one package per practice ({@code knowledge}). ADR 0015 says why.
 */
package org.itilhis.adapters.search;
