package org.itilhis.adapters.wecom;

/**
 * Which of the robot's message types the channel sends. {@link #MARKDOWN} (the default) shows
 * the card with a bold title and a link; {@link #TEXT} is plain text, for groups whose members
 * read WeCom messages where Markdown is not shown (WeChat's WeCom plug-in, older clients).
 */
public enum WeComMessageType {
    /** {@code {"msgtype":"markdown","markdown":{"content":...}}}, at most 4096 bytes. */
    MARKDOWN,
    /** {@code {"msgtype":"text","text":{"content":...}}}, at most 2048 bytes. */
    TEXT
}
