/**
 * The backup records (备份记录) of the operations practice: backup jobs per configuration item
 * (a database, a file server, the PACS archive) with their schedule, target, grace period and
 * recovery point objective; each run of a job as the engineer or the backup software reports it,
 * matched to the due time it answers; the due times no run answered in time (missed runs); and
 * restore tests with their evidence.
 */
package org.itilhis.core.backup;
