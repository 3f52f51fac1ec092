/**
 * Consumables and spare parts (耗材/备件, issue 18): the stock items (toner, keyboards, hard
 * disks, power supplies) with their reorder thresholds per store room, the store rooms, each
 * item's balance per room (never negative) and the movements that change it (received, issued,
 * transferred, counted), each an event.
 */
package org.itilhis.core.stock;
