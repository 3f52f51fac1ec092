/**
 * Notifications to DingTalk (钉钉) group chats through their group robots, with signed URLs.
 */
package org.itilhis.adapters.dingtalk;
