package org.itilhis.core.notification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.itilhis.core.shared.GroupId;

/**
 * An assignment group's chat robot: the WeCom or DingTalk group robot's webhook address, the
 * DingTalk robot's signing secret when it has one, and the language its messages are written in.
 */
public record GroupRobot(GroupId group, Channel channel, URI webhook, Optional<String> secret, Locale language) {
    /** A DingTalk robot's signing secret as its security settings show it under 加签: {@code SEC} and 64 hex digits. */
    private static final Pattern DINGTALK_SECRET = Pattern.compile("SEC[0-9a-fA-F]{64}");
    /** The query parameters of a robot's webhook that are its credential: WeCom's key, DingTalk's access token. */
    private static final Pattern WEBHOOK_CREDENTIAL = Pattern.compile("(?i)((?:^|&)(?:key|access_token)=)[^&]*");

    public GroupRobot {
        checkNotNull(group, "group");
        checkNotNull(channel, "channel");
        checkArgument(!channel.isPersonal(), "%s is not a group chat's channel", channel);
        checkNotNull(webhook, "webhook");
        checkNotNull(secret, "secret");
        checkNotNull(language, "language");
    }

    /**
     * The robot as a group lead may set it: an absolute http(s) webhook, a DingTalk secret as
     * DingTalk issues it (or none), no secret for WeCom (its robots sign nothing), the language
     * {@code zh} or {@code en}.
     *
     * @throws InvalidNotificationSettingException naming the field that does not fit
     */
    public GroupRobot validated() {
        String scheme = webhook.getScheme();
        if (!webhook.isAbsolute() || webhook.getHost() == null
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            throw InvalidNotificationSettingException.webhookNotHttp(masked(webhook));
        }
        Optional<String> stripped = secret.map(String::strip).filter(s -> !s.isEmpty());
        if (channel == Channel.WECOM && stripped.isPresent()) {
            throw InvalidNotificationSettingException.weComSecretGiven();
        }
        if (channel == Channel.DINGTALK && stripped.isPresent() && !DINGTALK_SECRET.matcher(stripped.get()).matches()) {
            throw InvalidNotificationSettingException.dingTalkSecretInvalid();
        }
        if (!NotificationLanguages.isSupported(language)) {
            throw InvalidNotificationSettingException.languageUnsupported(language);
        }
        return new GroupRobot(group, channel, webhook, stripped, language);
    }

    /** The webhook with its credential (WeCom's {@code key}, DingTalk's {@code access_token}) masked, for views and events. */
    public String maskedWebhook() {
        return masked(webhook);
    }

    /** The secret masked, {@code SEC****}, when there is one: for views and events. */
    public Optional<String> maskedSecret() {
        return secret.map(s -> s.length() > 3 ? s.substring(0, 3) + "****" : "****");
    }

    private static String masked(URI webhook) {
        String query = webhook.getRawQuery();
        if (query == null) {
            return webhook.toString();
        }
        String text = webhook.toString();
        int start = text.indexOf('?') + 1;
        return text.substring(0, start) + WEBHOOK_CREDENTIAL.matcher(query).replaceAll("$1****")
                + (webhook.getRawFragment() == null ? "" : "#" + webhook.getRawFragment());
    }
}
