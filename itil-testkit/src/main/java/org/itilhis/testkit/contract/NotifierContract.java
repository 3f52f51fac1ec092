package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.itilhis.testkit.contract.ContractSupport.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.common.Notifier;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link Notifier} must do, as its javadoc says: accept every notification the
 * service desk sends (assignments, escalations, major incidents, resolutions, caller
 * updates, SLA warnings and breaches, built as the services build them) and one of a topic
 * it does not send yet; return normally for a recipient it has no channel for; and take
 * calls from several threads at once. Not checked, because it is the callers' duty: that
 * nobody calls a notifier inside an open transaction.
 *
 * <p>To run it, implement this interface in a test class and return the notifier wired as in
 * production, but to a channel the test controls (a fake WeCom or mail server that knows the
 * {@link DemoHospital} staff). If the test can read back what reached the channel, return it
 * from {@link #delivered()}, and the contract also checks that every notification to a
 * reachable person arrives, once:
 * <pre>{@code
 * class WeComNotifierIT implements NotifierContract {
 *     final FakeWeCom wecom = FakeWeCom.knowing(DemoHospital.directory());
 *     final WeComNotifier notifier = new WeComNotifier(wecom.url(), wecom.corpId(), ...);
 *
 *     public Notifier notifier() { return notifier; }
 *     public Optional<List<Notification>> delivered() { return Optional.of(wecom.received()); }
 * }
 * }</pre>
 *
 * <p>Return the same notifier throughout a test method. A failing delivery may throw (the
 * callers log it and go on), so the contract does not ask a notifier to survive its channel
 * being down.
 */
public interface NotifierContract {
    /** The adapter under test, the same one throughout a test method. */
    Notifier notifier();

    /**
     * The notifications that reached the channel so far, each as it was handed to
     * {@link Notifier#notify}, if the test can tell; empty (the default) checks only that
     * the calls return normally.
     */
    default Optional<List<Notification>> delivered() {
        return Optional.empty();
    }

    @TestFactory
    default Stream<DynamicTest> everyNotificationTheServiceDeskSendsIsAccepted() {
        return NotificationSamples.everyKind().entrySet().stream().map(kind -> DynamicTest.dynamicTest(kind.getKey(),
                () -> {
                    notifier().notify(kind.getValue());

                    delivered().ifPresent(delivered -> assertThat(delivered).as("delivered").contains(kind.getValue()));
                }));
    }

    /** Topics come with new practices: one the notifier does not know is sent with its text. */
    @Test
    default void aNotificationOfATopicTheServiceDeskDoesNotSendYetIsAccepted() {
        Notification novel = NotificationSamples.ofANewTopic();

        notifier().notify(novel);

        delivered().ifPresent(delivered -> assertThat(delivered).as("delivered").contains(novel));
    }

    /** Someone with no account on the channel (or unknown to it) is skipped: no exception reaches the caller. */
    @Test
    default void aRecipientWithoutAChannelIsSkippedWithoutAnError() {
        Notification nowhere = new Notification(NotificationSamples.UNREACHABLE, "ticket.resolved", "INC-2026-000104",
                "INC-2026-000104 [P3] Label printer jams: ticket.resolved");

        assertThatCode(() -> notifier().notify(nowhere)).doesNotThrowAnyException();
    }

    /** Requests and the SLA monitor notify at the same time: every call returns, nothing is lost or doubled. */
    @Test
    default void notificationsFromManyThreadsAtOnceAreAllAccepted() throws InterruptedException {
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Notification>>> senders = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String sender = "thread-" + t;
                senders.add(pool.submit(() -> {
                    start.await();
                    List<Notification> sent = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        Notification notification = NotificationSamples.numbered(sender, i);
                        notifier().notify(notification);
                        sent.add(notification);
                    }
                    return sent;
                }));
            }
            start.countDown();

            List<Notification> sent = results(senders).stream().flatMap(List::stream).toList();

            assertThat(sent).hasSize(threads * each);
            delivered().ifPresent(delivered -> assertThat(delivered).as("delivered")
                    .filteredOn(sent::contains).containsExactlyInAnyOrderElementsOf(sent));
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(ContractSupport.PATIENCE_SECONDS, TimeUnit.SECONDS);
        }
    }
}
