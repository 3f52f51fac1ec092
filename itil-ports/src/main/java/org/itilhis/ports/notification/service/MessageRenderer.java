package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.itilhis.core.notification.MessageTemplate;
import org.itilhis.core.notification.NotificationLanguages;
import org.itilhis.ports.notification.in.InvalidMessageTemplateException;
import org.itilhis.ports.notification.in.MessageFacts;
import org.itilhis.ports.notification.in.RenderedMessage;
import org.itilhis.ports.notification.out.MessageTemplateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the message about one event in one language from its Mustache templates: the
 * hospital's override of the event type and language when one is stored, else the library's
 * default subject and body of the language (the resources {@code subject_zh.mustache}, {@code
 * body_zh.mustache} and so on beside this class),
 * with the event's label ({@code event-labels_zh.properties}). Nothing is escaped (the body is
 * Markdown that also reads as plain text), but no field can put a line break in the subject:
 * the subject is one line whatever the facts hold. Templates read no partials (a {@code {{> x}}}
 * does not compile), so a template cannot reach a file.
 */
public final class MessageRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(MessageRenderer.class);
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");

    private final MessageTemplateRepository overrides;
    private final ImmutableMap<Locale, Compiled> defaults;
    private final ImmutableMap<Locale, ImmutableMap<String, String>> labels;
    private final Map<MessageTemplate, Compiled> compiledOverrides = new ConcurrentHashMap<>();

    public MessageRenderer(MessageTemplateRepository overrides) {
        this.overrides = checkNotNull(overrides, "overrides");
        ImmutableMap.Builder<Locale, Compiled> defaults = ImmutableMap.builder();
        ImmutableMap.Builder<Locale, ImmutableMap<String, String>> labels = ImmutableMap.builder();
        for (Locale language : NotificationLanguages.supported()) {
            defaults.put(language, compile(defaultTemplate("*", language)));
            labels.put(language, labels(language));
        }
        this.defaults = defaults.buildOrThrow();
        this.labels = labels.buildOrThrow();
    }

    /**
     * The message about an event of {@code eventType} in {@code language} ({@code zh} or {@code en};
     * any other is written in English).
     */
    public RenderedMessage render(String eventType, Locale language, MessageFacts facts) {
        checkNotNull(eventType, "eventType");
        checkNotNull(facts, "facts");
        Locale lang = NotificationLanguages.closest(language);
        Compiled templates = overrides.find(eventType, lang).map(this::compiledOverride)
                .orElseGet(() -> defaults.get(lang));
        Map<String, Object> fields = new HashMap<>(facts.fields());
        fields.put("eventType", eventType);
        fields.put("label", label(eventType, lang));
        Map<String, Object> oneLine = new HashMap<>();
        fields.forEach((name, value) -> oneLine.put(name, oneLine(String.valueOf(value))));
        String subject = oneLine(execute(templates.subject(), oneLine)).strip();
        return new RenderedMessage(subject, execute(templates.body(), fields));
    }

    /** The event type's label in {@code language}; the type itself when the library has none. */
    public String label(String eventType, Locale language) {
        checkNotNull(eventType, "eventType");
        return labels.get(NotificationLanguages.closest(language)).getOrDefault(eventType, eventType);
    }

    /** The library's default templates of {@code language}, as an override of {@code eventType} would replace them. */
    public static MessageTemplate defaultTemplate(String eventType, Locale language) {
        Locale lang = NotificationLanguages.closest(language);
        return new MessageTemplate(eventType, lang, resource("subject_" + lang.getLanguage() + ".mustache"),
                resource("body_" + lang.getLanguage() + ".mustache"));
    }

    /**
     * Checks that Mustache compiles both of {@code template}'s parts.
     *
     * @throws InvalidMessageTemplateException naming the part and Mustache's reason when it does not
     */
    public static void check(MessageTemplate template) {
        compile(template);
    }

    private Compiled compiledOverride(MessageTemplate template) {
        try {
            return compiledOverrides.computeIfAbsent(template, MessageRenderer::compile);
        } catch (InvalidMessageTemplateException e) {
            // Stored templates were checked when stored; one that no longer compiles (a newer
            // Mustache) must not silence the notification: the default speaks instead.
            LOG.warn("the stored template of {} in {} does not compile, using the default: {}",
                    template.eventType(), template.language(), e.getMessage());
            return defaults.get(template.language());
        }
    }

    private static Compiled compile(MessageTemplate template) {
        return new Compiled(compile(template, "subject", template.subject()),
                compile(template, "body", template.body()));
    }

    private static Mustache compile(MessageTemplate template, String part, String text) {
        try {
            return new PlainTextFactory().compile(new StringReader(text),
                    template.eventType() + "/" + template.language().getLanguage() + "/" + part);
        } catch (MustacheException e) {
            throw new InvalidMessageTemplateException(template.eventType(), template.language(), part,
                    reason(e));
        }
    }

    private static String reason(MustacheException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return oneLine(message).strip();
    }

    private static String execute(Mustache mustache, Map<String, Object> fields) {
        StringWriter out = new StringWriter();
        mustache.execute(out, fields);
        return out.toString();
    }

    private static String oneLine(String text) {
        return LINE_BREAKS.matcher(text).replaceAll(" ");
    }

    private static ImmutableMap<String, String> labels(Locale language) {
        Properties properties = new Properties();
        try (Reader reader = reader("event-labels_" + language.getLanguage() + ".properties")) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImmutableMap.Builder<String, String> labels = ImmutableMap.builder();
        properties.stringPropertyNames().forEach(name -> labels.put(name, properties.getProperty(name)));
        return labels.buildOrThrow();
    }

    private static String resource(String name) {
        try (Reader reader = reader(name)) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String name) {
        InputStream in = MessageRenderer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the notification resource " + name + " is missing from the class path");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private record Compiled(Mustache subject, Mustache body) {
    }

    /** Mustache that writes values as they are (no HTML escaping) and resolves no partials. */
    private static final class PlainTextFactory extends DefaultMustacheFactory {
        PlainTextFactory() {
            super(name -> null);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
