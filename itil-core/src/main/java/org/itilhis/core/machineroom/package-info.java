/**
 * The machine room log (机房日志): the information centre's record of who entered a machine
 * room and who escorted them, the room's environment readings (temperature, humidity, or any
 * named quantity) against its configured ranges, and its events (power cuts, alarms, generator
 * tests), each entry linked to the room as a configuration item.
 */
package org.itilhis.core.machineroom;
