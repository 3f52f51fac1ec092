/**
 * Notifications to WeCom (企业微信) group chats through their group robots.
 */
package org.itilhis.adapters.wecom;
