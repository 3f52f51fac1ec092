/**
 * CMDB fixtures shared by the tests of every module: CSV files as hospitals export their
 * asset lists (UTF-8, UTF-8 with a byte order mark, GB18030 with Chinese headers, and one
 * with a deliberate error in each kind of column), for the import's service and adapter tests,
 * and a repository of configuration items with a fault at a chosen call, to see what an import
 * that a failure or another writer stopped part way leaves behind.
 */
package org.itilhis.testkit.cmdb;
