package org.itilhis.adapters.dingtalk;

/**
 * Which of the robot's message types the channel sends. {@link #MARKDOWN} (the default) shows
 * the card with its heading and a link; {@link #TEXT} is plain text with a bare link.
 */
public enum DingTalkMessageType {
    /** {@code {"msgtype":"markdown","markdown":{"title":...,"text":...},"at":{...}}}. */
    MARKDOWN,
    /** {@code {"msgtype":"text","text":{"content":...},"at":{...}}}. */
    TEXT
}
