package org.itilhis.ports.problem.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.access.Scope;
import org.itilhis.core.problem.KnownErrorRanking;
import org.itilhis.core.problem.KnownErrorRanking.Candidate;
import org.itilhis.core.problem.KnownErrorRanking.Clues;
import org.itilhis.core.problem.KnownErrorRanking.Ranked;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.problem.in.KnownErrorMatch;
import org.itilhis.ports.problem.in.KnownErrorQuery;
import org.itilhis.ports.problem.in.KnownErrorSuggestions;
import org.itilhis.ports.problem.in.ProblemSearch;
import org.itilhis.ports.problem.out.KnownErrorIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Implements {@link KnownErrorSuggestions}: the stored known errors the actor may see are the
 * candidates (narrowed in the store as the problem queries narrow a search), the index gives the
 * text similarity of those whose words resemble the query's, and {@link KnownErrorRanking}
 * decides. Without an index, or when it fails, matching falls back to items and categories: a
 * search engine's outage never keeps the desk from logging a call. Each call reads every
 * published known error the actor may see (a hospital has tens to hundreds) and, when the query
 * names a CI class, their items' classes, each item once.
 */
final class KnownErrorSuggestionService implements KnownErrorSuggestions {
    private static final Logger LOG = LoggerFactory.getLogger(KnownErrorSuggestionService.class);
    /** How many text matches to ask the index for: the known errors beyond these share too few words to count. */
    private static final int TEXT_MATCHES = 50;

    private final ProblemPorts ports;
    private final AccessPolicy access;
    private final KnownErrorIndex index;
    private final PublishedKnownErrors knownErrors;

    KnownErrorSuggestionService(ProblemPorts ports, AccessPolicy access,
                                KnownErrorIndex index, PublishedKnownErrors knownErrors) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
        this.index = checkNotNull(index, "index");
        this.knownErrors = checkNotNull(knownErrors, "knownErrors");
    }

    @Override
    public List<KnownErrorMatch> suggest(Actor actor, KnownErrorQuery query, int limit) {
        checkNotNull(actor, "actor");
        checkNotNull(query, "query");
        checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit %s is not within 1 and %s", limit, MAX_LIMIT);
        Clues clues = new Clues(query.cis(), query.ciClass(), query.category().map(KnownErrorSuggestionService::code));
        Set<Scope> scopes = access.scopes(actor, Permission.VIEW_PROBLEM);
        if (scopes.isEmpty()) {
            return List.of();
        }
        ImmutableSet<GroupId> groups = ports.desk().directory().groupsOf(actor.staffId());
        Optional<ProblemSearch.Reach> reach = scopes.contains(Scope.ANY) ? Optional.empty()
                : Optional.of(new ProblemSearch.Reach(groups, Optional.of(actor.staffId())));
        Map<ProblemId, Problem> seen = knownErrors.all(reach).stream()
                .filter(problem -> ProblemVisibility.of(access, actor, problem, groups).seen())
                .collect(Collectors.toMap(Problem::id, Function.identity()));
        if (seen.isEmpty()) {
            return List.of();
        }
        PublishedKnownErrors.Classes classes = knownErrors.classes();
        List<Candidate> candidates = seen.values().stream().map(problem -> new Candidate(problem.id(),
                problem.number(), problem.affectedCis(),
                clues.ciClass().isPresent() ? classes.of(problem.affectedCis()) : ImmutableSet.of(),
                problem.details().category(), problem.timesUsed())).toList();
        return KnownErrorRanking.rankAll(clues, candidates, textShares(query.text()), limit).stream()
                .map(ranked -> match(seen.get(ranked.candidate().id()), ranked))
                .collect(ImmutableList.toImmutableList());
    }

    /** Each text match's score over the best one's; none without text, without an index, or when it fails. */
    private Map<ProblemId, Double> textShares(String text) {
        if (text.isEmpty()) {
            return Map.of();
        }
        List<KnownErrorIndex.TextMatch> matches;
        try {
            matches = index.similar(text, TEXT_MATCHES);
        } catch (RuntimeException failure) {
            LOG.warn("the known error index cannot be searched; suggesting by items and categories only", failure);
            return Map.of();
        }
        double best = matches.stream().mapToDouble(KnownErrorIndex.TextMatch::score).max().orElse(1);
        Map<ProblemId, Double> shares = new HashMap<>();
        matches.forEach(match -> shares.merge(match.id(), Math.min(1.0, match.score() / best), Math::max));
        return shares;
    }

    private static KnownErrorMatch match(Problem problem, Ranked ranked) {
        return new KnownErrorMatch(problem.id(), problem.number(), problem.details().summary(),
                problem.publishedWorkaround().orElse(""), problem.timesUsed(), ranked.score(), ranked.reasons());
    }

    private static CategoryCode code(String category) {
        try {
            return CategoryCode.of(category);
        } catch (IllegalArgumentException malformed) {
            throw InvalidCommandException.of("category", "is not a category code like his.outpatient: " + category);
        }
    }
}
