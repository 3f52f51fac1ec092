package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.stream.Stream;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.ports.knowledge.out.KnowledgeDocument;
import org.itilhis.ports.knowledge.out.KnowledgeDocument.Kind;
import org.itilhis.ports.knowledge.out.KnowledgeHit;
import org.itilhis.ports.knowledge.out.KnowledgeIndex;
import org.itilhis.ports.knowledge.out.KnowledgeQuery;
import org.junit.jupiter.api.Test;

/**
 * What every {@link KnowledgeIndex} must do: find a document by the words of its title, in
 * English and in Chinese written without spaces; replace a document indexed again, forget a
 * removed one, and hold exactly the documents of a rebuild; show a reader only the audiences
 * allowed; return the best first, title before body and the more used before the less, at most
 * the limit.
 *
 * <p>Implement it in a test class as shown for {@code TicketRepositoryContract}; each test
 * method asks for an empty index.
 */
public interface KnowledgeIndexContract {

    /** An empty index, the same one throughout a test method. */
    KnowledgeIndex emptyIndex();

    @Test
    default void aDocumentIsFoundByAnEnglishWordOfItsTitle() {
        KnowledgeIndex index = emptyIndex();
        index.index(article("vpn", "VPN connection drops every hour", "Renew the client profile.", 0));
        index.index(article("mail", "Mailbox full", "Archive old messages.", 0));

        assertThat(ids(index.search(KnowledgeQuery.forDesk("vpn", 10)))).containsExactly("vpn");
    }

    @Test
    default void chineseWrittenWithoutSpacesFindsTheDocument() {
        KnowledgeIndex index = emptyIndex();
        index.index(article("jam", "门诊打印机卡纸的处理", "打开后盖，取出卡住的纸。", 0));
        index.index(article("vpn", "VPN连接断开", "重新导入客户端配置。", 0));

        assertThat(ids(index.search(KnowledgeQuery.forDesk("打印机卡纸", 10)))).startsWith("jam")
                .doesNotContain("vpn");
    }

    @Test
    default void aDocumentIndexedAgainReplacesTheFormer() {
        KnowledgeIndex index = emptyIndex();
        index.index(article("doc", "Scanner driver", "Reinstall the driver.", 0));
        index.index(article("doc", "Barcode gun pairing", "Scan the pairing code.", 0));

        assertThat(index.search(KnowledgeQuery.forDesk("scanner", 10))).isEmpty();
        assertThat(ids(index.search(KnowledgeQuery.forDesk("barcode", 10)))).containsExactly("doc");
    }

    @Test
    default void aRemovedDocumentIsNoLongerFoundAndRemovingAnUnknownIdChangesNothing() {
        KnowledgeIndex index = emptyIndex();
        index.index(article("ups", "UPS battery alarm", "Call the vendor.", 0));
        index.index(article("ups-2", "UPS self test", "Run it monthly.", 0));

        index.remove("ups");
        index.remove("never-indexed");

        assertThat(ids(index.search(KnowledgeQuery.forDesk("ups", 10)))).containsExactly("ups-2");
    }

    @Test
    default void aRebuildHoldsExactlyTheDocumentsGivenOfItsKind() {
        KnowledgeIndex index = emptyIndex();
        index.index(article("old", "Printer offline", "Restart the spooler.", 0));

        index.rebuild(Kind.ARTICLE, Stream.of(article("new", "Printer toner low",
                "Replace the cartridge.", 0), article("other", "Wi-Fi on the ward", "Forget the network.", 0)));

        assertThat(ids(index.search(KnowledgeQuery.forDesk("printer", 10)))).containsExactly("new");
        assertThat(ids(index.search(KnowledgeQuery.forDesk("ward", 10)))).containsExactly("other");
    }

    @Test
    default void aRebuildOfOneKindLeavesTheOtherKindAsItWas() {
        KnowledgeIndex index = emptyIndex();
        index.index(article("article", "Printer offline", "Restart the spooler.", 0));
        index.index(knownError("known", "Printer offline after the update", "Roll back the driver.", 0));

        index.rebuild(Kind.KNOWN_ERROR, Stream.empty());
        assertThat(ids(index.search(KnowledgeQuery.forDesk("printer", 10)))).containsExactly("article");

        index.index(knownError("known", "Printer offline after the update", "Roll back the driver.", 0));
        index.rebuild(Kind.ARTICLE, Stream.empty());
        assertThat(ids(index.search(KnowledgeQuery.forDesk("printer", 10)))).containsExactly("known");
    }

    @Test
    default void aRebuildRefusesADocumentOfAnotherKindAndChangesNothing() {
        KnowledgeIndex index = emptyIndex();
        index.index(article("article", "Printer offline", "Restart the spooler.", 0));

        assertThatThrownBy(() -> index.rebuild(Kind.KNOWN_ERROR,
                Stream.of(article("stray", "Printer toner low", "Replace the cartridge.", 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stray");
        assertThat(ids(index.search(KnowledgeQuery.forDesk("printer", 10)))).containsExactly("article");
    }

    @Test
    default void aReaderSeesOnlyTheAudiencesAllowed() {
        KnowledgeIndex index = emptyIndex();
        index.index(article("all", "Password reset for all staff", "Use the self-service page.", 0));
        index.index(withAudience(article("desk", "Password reset by the desk", "Check the caller's id.", 0),
                KnowledgeAudience.DESK));
        index.index(withAudience(article("eng", "Password vault for engineers", "Open the vault.", 0),
                KnowledgeAudience.ENGINEERS));

        KnowledgeQuery reporter = new KnowledgeQuery("password", ImmutableSet.of(KnowledgeAudience.ALL_STAFF), 10);
        KnowledgeQuery engineer = new KnowledgeQuery("password",
                ImmutableSet.of(KnowledgeAudience.ALL_STAFF, KnowledgeAudience.ENGINEERS), 10);
        assertThat(ids(index.search(reporter))).containsExactly("all");
        assertThat(ids(index.search(engineer))).containsExactlyInAnyOrder("all", "eng");
        assertThat(ids(index.search(KnowledgeQuery.forDesk("password", 10)))).hasSize(3);
    }

    @Test
    default void aMatchInTheTitleRanksAboveAMatchInTheBodyAndTheLimitHolds() {
        KnowledgeIndex index = emptyIndex();
        index.index(article("body", "Ward workstation slow", "Sometimes the card reader is the cause.", 0));
        index.index(article("title", "Card reader not detected", "Replug it into another port.", 0));
        index.index(article("none", "Mailbox full", "Archive old messages.", 0));

        ImmutableList<KnowledgeHit> hits = index.search(KnowledgeQuery.forDesk("card reader", 10));
        assertThat(ids(hits)).containsExactly("title", "body");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(ids(index.search(KnowledgeQuery.forDesk("card reader", 1)))).containsExactly("title");
    }

    @Test
    default void ofTwoDocumentsEquallyMatchingTheMoreUsedComesFirst() {
        KnowledgeIndex index = emptyIndex();
        index.index(article("rarely", "Label printer calibration", "Hold the feed button.", 1));
        index.index(article("often", "Label printer calibration", "Hold the feed button.", 40));

        assertThat(ids(index.search(KnowledgeQuery.forDesk("label printer", 10)))).containsExactly("often", "rarely");
    }

    @Test
    default void knownErrorsAreFoundWithTheirKindAndABlankTextFindsNothing() {
        KnowledgeIndex index = emptyIndex();
        index.index(new KnowledgeDocument("ke-1", Kind.KNOWN_ERROR, ImmutableSet.of(Locale.CHINESE),
                "HIS客户端证书过期", "临时办法：重新导入证书。", ImmutableSet.of("HIS", "证书"), "软件",
                ImmutableSet.of("workstation"), KnowledgeAudience.DESK, 3));

        assertThat(index.search(KnowledgeQuery.forDesk("证书过期", 10)))
                .extracting(KnowledgeHit::id, KnowledgeHit::kind).containsExactly(
                        tuple("ke-1", Kind.KNOWN_ERROR));
        assertThat(index.search(KnowledgeQuery.forDesk("   ", 10))).isEmpty();
    }

    @Test
    default void aSearchNarrowedToKnownErrorsFindsNoArticle() {
        KnowledgeIndex index = emptyIndex();
        index.index(article("article", "Printer offline", "Restart the spooler.", 90));
        index.index(new KnowledgeDocument("ke-printer", Kind.KNOWN_ERROR, ImmutableSet.of(Locale.ENGLISH),
                "Printer offline after the driver update", "Workaround: roll the driver back.", ImmutableSet.of(),
                "desktop.printer", ImmutableSet.of("printer"), KnowledgeAudience.ENGINEERS, 0));

        assertThat(ids(index.search(KnowledgeQuery.forDesk("printer offline", 10).only(Kind.KNOWN_ERROR))))
                .containsExactly("ke-printer");
        assertThat(ids(index.search(KnowledgeQuery.forDesk("printer offline", 10).only(Kind.ARTICLE))))
                .containsExactly("article");
    }

    /**
     * A caller's whole description is a query too: thousands of characters, most of them
     * different (Lucene refuses a query of more than 1,024 clauses unless the adapter limits them).
     */
    @Test
    default void aLongDescriptionIsSearchedLikeAShortOne() {
        KnowledgeIndex index = emptyIndex();
        index.index(article("jam", "门诊打印机卡纸的处理", "打开后盖，取出卡住的纸。", 0));
        StringBuilder description = new StringBuilder("打印机卡纸了，");
        for (int i = 0; i < 4000; i++) {
            description.appendCodePoint(0x4E00 + i * 37 % 20000); // 4,000 different characters
        }
        description.append(" the printer in room 12 shows paper jam again");

        assertThat(ids(index.search(KnowledgeQuery.forDesk(description.toString(), 10)))).startsWith("jam");
    }

    private static KnowledgeDocument article(String id, String title, String body, long timesUsed) {
        return new KnowledgeDocument(id, Kind.ARTICLE, ImmutableSet.of(Locale.ENGLISH), title, body,
                ImmutableSet.of(), "", ImmutableSet.of(), KnowledgeAudience.ALL_STAFF, timesUsed);
    }

    private static KnowledgeDocument knownError(String id, String title, String body, long timesUsed) {
        return new KnowledgeDocument(id, Kind.KNOWN_ERROR, ImmutableSet.of(Locale.ENGLISH), title, body,
                ImmutableSet.of(), "", ImmutableSet.of(), KnowledgeAudience.ENGINEERS, timesUsed);
    }

    private static KnowledgeDocument withAudience(KnowledgeDocument document, KnowledgeAudience audience) {
        return new KnowledgeDocument(document.id(), document.kind(), document.languages(), document.title(),
                document.body(), document.tags(), document.category(), document.ciClasses(), audience,
                document.timesUsed());
    }

    private static ImmutableList<String> ids(ImmutableList<KnowledgeHit> hits) {
        return hits.stream().map(KnowledgeHit::id).collect(ImmutableList.toImmutableList());
    }
}
