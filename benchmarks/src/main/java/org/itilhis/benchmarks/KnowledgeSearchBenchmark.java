package org.itilhis.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.itilhis.adapters.search.knowledge.LuceneKnowledgeIndex;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.ports.knowledge.out.KnowledgeDocument;
import org.itilhis.ports.knowledge.out.KnowledgeHit;
import org.itilhis.ports.knowledge.out.KnowledgeQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge search (adapters-search, ADR 0015) over 10,000 articles and known errors on
 * disk: the desk's queries in Chinese written without spaces and in English, and a caller's
 * whole description as the desk's suggestions search it. The articles are generated from the
 * words of the test corpus ({@code knowledge-vocabulary.txt}) with a fixed seed: a third in
 * Chinese, a third in English, a third in both, titles of two to four words, bodies of twenty
 * to sixty, one in twenty a known error. Sampled, so the result gives p50 and p99 per search.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class KnowledgeSearchBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeSearchBenchmark.class);
    static final int ARTICLES = 10_000;
    private static final long SEED = 20260315L;

    /** What staff type, in Chinese without spaces (the corpus's queries and their like). */
    private static final List<String> CHINESE = List.of("打印机卡纸", "挂号 无法登录", "打不出来", "证书过期",
            "在家连不上医院内网", "病房无线网络断开", "口令忘了", "看不了片子", "扫码枪扫不出条码", "医保读卡器无法读卡",
            "UPS一直在叫", "电脑蓝屏重启", "显示器黑屏", "邮箱满了", "自助机无法缴费", "账号被锁定");
    /** And in English. */
    private static final List<String> ENGLISH = List.of("printer offline", "VPN password", "outlook cannot connect",
            "guest wifi for patients", "password expired", "print spooler keeps stopping", "remote desktop fails",
            "PACS images load slowly", "barcode scanner", "two-factor authentication", "label printer calibration",
            "exchange mailbox full", "certificate expired", "DNS intranet", "wristband printer blank", "UPS alarm");
    /** A caller's whole description, as the desk's suggestions search it. */
    private static final String DESCRIPTION = "门诊三楼挂号收费处的电脑从早上开始登录HIS就提示证书过期，"
            + "重启了两次还是不行，旁边的打印机也打不出票据，病人排了很长的队，麻烦尽快派人来看一下。"
            + " The registration workstation says the client certificate expired and the receipt printer is offline.";

    private Path folder;
    private LuceneKnowledgeIndex index;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("knowledge-index");
        index = LuceneKnowledgeIndex.onDisk(folder);
        List<KnowledgeDocument> articles = generate(Vocabulary.load(), ARTICLES, SEED);
        long start = System.nanoTime();
        for (KnowledgeDocument.Kind kind : KnowledgeDocument.Kind.values()) {
            index.rebuild(kind, articles.stream().filter(article -> article.kind() == kind));
        }
        long built = System.nanoTime();
        CHINESE.forEach(text -> index.search(KnowledgeQuery.forDesk(text, 10)));
        LOG.info("{} articles indexed on disk in {} ms ({} kB); {} hits for 打印机卡纸, {} for printer offline",
                articles.size(), (built - start) / 1_000_000, size(folder) / 1024,
                index.search(KnowledgeQuery.forDesk("打印机卡纸", 100)).size(),
                index.search(KnowledgeQuery.forDesk("printer offline", 100)).size());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        index.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** A Chinese query, the first ten hits, as the search box shows them. */
    @Benchmark
    public ImmutableList<KnowledgeHit> chineseQuery() {
        return index.search(KnowledgeQuery.forDesk(CHINESE.get(next++ % CHINESE.size()), 10));
    }

    @Benchmark
    public ImmutableList<KnowledgeHit> englishQuery() {
        return index.search(KnowledgeQuery.forDesk(ENGLISH.get(next++ % ENGLISH.size()), 10));
    }

    /** A whole description, known errors only, fifty hits: what a suggestion asks of the index. */
    @Benchmark
    public ImmutableList<KnowledgeHit> descriptionForKnownErrors() {
        return index.search(KnowledgeQuery.forDesk(DESCRIPTION, 50).only(KnowledgeDocument.Kind.KNOWN_ERROR));
    }

    /** {@code count} articles from the vocabulary, the same for the same seed. */
    static List<KnowledgeDocument> generate(Vocabulary words, int count, long seed) {
        Random random = new Random(seed);
        List<KnowledgeDocument> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int language = random.nextInt(3); // 0 Chinese, 1 English, 2 both
            ImmutableSet<Locale> languages = switch (language) {
                case 0 -> ImmutableSet.of(Locale.CHINESE);
                case 1 -> ImmutableSet.of(Locale.ENGLISH);
                default -> ImmutableSet.of(Locale.CHINESE, Locale.ENGLISH);
            };
            String title = text(words, language, 2 + random.nextInt(3), random, "");
            String body = text(words, language, 20 + random.nextInt(41), random, "，");
            KnowledgeDocument.Kind kind = random.nextInt(20) == 0 ? KnowledgeDocument.Kind.KNOWN_ERROR
                    : KnowledgeDocument.Kind.ARTICLE;
            ImmutableSet<String> tags = IntStream.range(0, 1 + random.nextInt(3))
                    .mapToObj(t -> words.pick(language == 1 ? words.english : words.chinese, random))
                    .collect(ImmutableSet.toImmutableSet());
            articles.add(new KnowledgeDocument("kb-" + i, kind, languages, title, body, tags,
                    words.pick(words.categories, random), ImmutableSet.of(words.pick(words.ciClasses, random)),
                    KnowledgeAudience.values()[random.nextInt(KnowledgeAudience.values().length)],
                    random.nextInt(10) == 0 ? random.nextInt(60) : 0));
        }
        return articles;
    }

    /** {@code length} words: Chinese ones run together (with {@code stop} now and then), English ones spaced. */
    private static String text(Vocabulary words, int language, int length, Random random, String stop) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < length; w++) {
            boolean english = language == 1 || (language == 2 && random.nextBoolean());
            if (english) {
                text.append(' ').append(words.pick(words.english, random)).append(' ');
            } else {
                text.append(words.pick(words.chinese, random));
                if (!stop.isEmpty() && random.nextInt(5) == 0) {
                    text.append(stop);
                }
            }
        }
        return text.toString().strip().replaceAll(" +", " ");
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    /** The words of {@code knowledge-vocabulary.txt}, by section. */
    static final class Vocabulary {
        final List<String> chinese;
        final List<String> english;
        final List<String> categories;
        final List<String> ciClasses;

        private Vocabulary(Map<String, List<String>> sections) {
            this.chinese = sections.get("zh");
            this.english = sections.get("en");
            this.categories = sections.get("category");
            this.ciClasses = sections.get("ciClass");
        }

        static Vocabulary load() {
            Map<String, List<String>> sections = new HashMap<>();
            List<String> current = null;
            try (InputStream in = KnowledgeSearchBenchmark.class.getResourceAsStream("knowledge-vocabulary.txt");
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (line.startsWith("[")) {
                        current = sections.computeIfAbsent(line.substring(1, line.length() - 1), s -> new ArrayList<>());
                    } else {
                        current.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Vocabulary(sections);
        }

        String pick(List<String> from, Random random) {
            return from.get(random.nextInt(from.size()));
        }
    }
}
