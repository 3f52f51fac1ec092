package org.itilhis.ports.notification.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The new text of a reply: what the person wrote above the message they answered. Cuts at the
 * first line that introduces the quoted message in the ways mail clients write it ({@code On
 * ... wrote:}, possibly over two lines; {@code -----Original Message-----}; Outlook's
 * {@code From:} block or underscore rule; Chinese clients' {@code 在 ... 写道：} and
 * {@code ------------------ 原始邮件 ------------------}; a signature's {@code -- }), drops every
 * remaining line quoted with {@code >}, and trims the blank lines around what is left.
 */
public final class ReplyText {
    private static final List<Pattern> QUOTE_STARTS = List.of(
            Pattern.compile("^On\\b.*\\bwrote:\\s*$"),
            Pattern.compile("^-{2,}\\s*Original Message\\s*-{2,}.*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^-{2,}\\s*(原始邮件|原始郵件|回复的原邮件)\\s*-{2,}.*$"),
            Pattern.compile("^在.*写道\\s*[：:]\\s*$"),
            Pattern.compile("^于.*写道\\s*[：:]\\s*$"),
            Pattern.compile("^_{10,}\\s*$"),
            Pattern.compile("^-- $"));
    private static final Pattern OUTLOOK_HEADER = Pattern.compile("^\\*?(From|发件人)\\s*[:：].*$");
    private static final Pattern OUTLOOK_NEXT = Pattern.compile("^\\*?(Sent|Date|To|发送时间|日期|收件人)\\s*[:：].*$");
    private static final Pattern ON_FIRST_LINE = Pattern.compile("^On\\b.*$");
    private static final Pattern WROTE_SECOND_LINE = Pattern.compile("^.*\\bwrote:\\s*$");

    private ReplyText() {
    }

    /** The reply's own text, without the quoted message; empty when it has none. */
    public static String of(String body) {
        List<String> lines = body.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (startsQuote(lines, i)) {
                break;
            }
            if (!line.stripLeading().startsWith(">")) {
                kept.add(line.stripTrailing());
            }
        }
        return String.join("\n", kept).strip();
    }

    private static boolean startsQuote(List<String> lines, int i) {
        String line = lines.get(i).strip();
        String rawLine = lines.get(i);
        for (Pattern start : QUOTE_STARTS) {
            if (start.matcher(start.pattern().equals("^-- $") ? rawLine : line).matches()) {
                return true;
            }
        }
        String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
        if (ON_FIRST_LINE.matcher(line).matches() && WROTE_SECOND_LINE.matcher(next).matches()) {
            return true;  // Gmail folds a long "On ..., Name <address> wrote:" over two lines
        }
        return OUTLOOK_HEADER.matcher(line).matches() && OUTLOOK_NEXT.matcher(next).matches();
    }
}
