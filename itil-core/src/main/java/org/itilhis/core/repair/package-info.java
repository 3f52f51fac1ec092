/**
 * Repairs and maintenance (维修记录, issue 18): a repair record for a configuration item with its
 * fault, vendor, warranty, cost, the spare parts used and the downtime, linked to the incident or
 * problem it answers, and its lifecycle as data ({@link org.itilhis.core.repair.RepairWorkflows}).
 */
package org.itilhis.core.repair;
