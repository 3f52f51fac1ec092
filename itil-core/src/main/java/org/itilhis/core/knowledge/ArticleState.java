package org.itilhis.core.knowledge;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.knowledge.ArticleEvent.Drafted;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.workflow.Workflow;

/**
 * What an {@link Article} remembers: its versions, links and uses, the queries callers read it
 * with, its snapshot, its version and the events recorded since it was loaded. State changes
 * only by applying an event, through {@link ArticleEvolution} and the appliers at the end of this
 * class; deciding which events to record is {@link Article}'s, the only class this one permits.
 */
abstract sealed class ArticleState permits Article {
    private final ArticleId id;
    private final ArticleNumber number;
    private final Instant createdAt;
    private final List<ArticleVersion> versions = new ArrayList<>();
    private final Set<CiId> linkedCis = new LinkedHashSet<>();
    private long timesUsed;
    private Instant updatedAt;
    private final AggregateEvents<ArticleEvent> events = new AggregateEvents<>();

    /** The state {@code drafted} leaves an article in: version 1, in the workflow's initial state. */
    ArticleState(Drafted drafted) {
        this.id = drafted.articleId();
        this.number = drafted.number();
        this.createdAt = drafted.occurredAt();
        this.versions.add(ArticleVersion.draft(1, drafted.content(), drafted.actor(), drafted.occurredAt())
                .moved(ArticleWorkflows.ARTICLE.initial()));
        this.updatedAt = createdAt;
    }

    /** The state a snapshot holds; {@link Article#restore} checks it first. */
    ArticleState(ArticleSnapshot s) {
        this.id = s.id();
        this.number = s.number();
        this.createdAt = s.createdAt();
        this.versions.addAll(s.versions());
        this.linkedCis.addAll(s.linkedCis());
        this.timesUsed = s.timesUsed();
        this.updatedAt = s.updatedAt();
        this.events.restoredAt(s.version());
    }

    // ---- queries -------------------------------------------------------------------

    public ArticleId id() {
        return id;
    }

    public ArticleNumber number() {
        return number;
    }

    /**
     * The article's status: its published version's ({@code PUBLISHED}) while it has one, else
     * its version in progress's ({@code DRAFT} or {@code IN_REVIEW}), else {@code RETIRED}.
     */
    public ArticleStatus status() {
        return published().map(ArticleVersion::status)
                .or(() -> versionInProgress().map(ArticleVersion::status))
                .orElse(ArticleStatus.RETIRED);
    }

    /** Every version, oldest first. */
    public ImmutableList<ArticleVersion> versions() {
        return ImmutableList.copyOf(versions);
    }

    /** The version readers read: the one published, if any. */
    public Optional<ArticleVersion> published() {
        return versions.stream().filter(v -> v.status() == ArticleStatus.PUBLISHED).findFirst();
    }

    /** The version being written or reviewed, if any: at most one. */
    public Optional<ArticleVersion> versionInProgress() {
        return versions.stream().filter(v -> v.status().inProgress()).findFirst();
    }

    /** The newest version, whatever its state. */
    public ArticleVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The content the article goes by: its published version's, else its newest's. */
    public ArticleContent content() {
        return published().orElseGet(this::latest).content();
    }

    public ImmutableSet<CiId> linkedCis() {
        return ImmutableSet.copyOf(linkedCis);
    }

    /** How often a published version of the article helped solve a call or a ticket. */
    public long timesUsed() {
        return timesUsed;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return events.version();
    }

    /**
     * The actions the workflow declares from the states of the published version and the
     * version in progress (guards not evaluated; {@code SUPERSEDE}, never a command, left out).
     */
    public ImmutableSet<ArticleAction> allowedActions() {
        ImmutableSet.Builder<ArticleAction> actions = ImmutableSet.builder();
        versionInProgress().ifPresent(v -> actions.addAll(ArticleWorkflows.ARTICLE.allowedActions(v.status())));
        published().ifPresent(v -> actions.addAll(ArticleWorkflows.ARTICLE.allowedActions(v.status())));
        return ImmutableSet.copyOf(actions.build().stream().filter(a -> a != ArticleAction.SUPERSEDE).toList());
    }

    public ArticleSnapshot snapshot() {
        return new ArticleSnapshot(id, number, versions(), linkedCis(), timesUsed, createdAt, updatedAt,
                events.version());
    }

    @Override
    public String toString() {
        return number + " " + status() + " v" + latest().number();
    }

    // ---- events --------------------------------------------------------------------

    /** The events recorded since the article was loaded, handed over once. */
    public List<ArticleEvent> pullEvents() {
        return events.pull();
    }

    /** The events recorded and not yet pulled. */
    public List<ArticleEvent> pendingEvents() {
        return events.pending();
    }

    void created(Drafted drafted) {
        events.created(drafted);
    }

    void replayed(ArticleEvent event) {
        events.replayed(event, this::apply);
    }

    void record(ArticleEvent event) {
        checkNotNull(event.actor(), "actor");
        checkNotNull(event.occurredAt(), "at");
        events.recorded(event, this::apply);
    }

    /** The instant an event is recorded at: {@code at}, but never before the article's last event (ADR 0007). */
    Instant when(Instant at) {
        checkNotNull(at, "at");
        return at.isBefore(updatedAt) ? updatedAt : at;
    }

    private void apply(ArticleEvent event) {
        ArticleEvolution.apply(this, event, ArticleWorkflows.ARTICLE);
        updatedAt = event.occurredAt();
    }

    // Package-private mutators for ArticleEvolution, which applies one event to the state.

    /**
     * The target {@code workflow} declares for {@code action} from the state of version {@code
     * number}.
     *
     * @throws IllegalStateException if the workflow declares no such step
     */
    ArticleStatus target(Workflow<ArticleStatus, ArticleAction, Article> workflow, int number, ArticleAction action) {
        ArticleStatus from = version(number).status();
        return workflow.find(from, action).orElseThrow(() -> new IllegalStateException("the " + workflow.name()
                + " workflow declares no " + action + " from " + from + " (" + this.number + " v" + number + ")"))
                .to();
    }

    /** Replaces version {@code number} by what {@code change} makes of it. */
    void change(int number, UnaryOperator<ArticleVersion> change) {
        ArticleVersion next = change.apply(version(number));
        versions.set(number - 1, next);
    }

    void onVersionAdded(ArticleVersion version) {
        versions.add(version);
    }

    void onUsed() {
        timesUsed++;
    }

    void onCiLinked(CiId ci) {
        linkedCis.add(ci);
    }

    void onCiUnlinked(CiId ci) {
        linkedCis.remove(ci);
    }

    private ArticleVersion version(int number) {
        if (number < 1 || number > versions.size()) {
            throw new IllegalStateException(this.number + " has no version " + number);
        }
        return versions.get(number - 1);
    }
}
