package org.itilhis.ports.problem.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import java.util.Optional;
import org.itilhis.ports.configuration.in.CmdbUseCase;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.problem.in.CandidateProblems;
import org.itilhis.ports.problem.in.DeskWithKnownErrors;
import org.itilhis.ports.problem.in.KnownErrorSuggestions;
import org.itilhis.ports.problem.in.ProblemQueries;
import org.itilhis.ports.problem.in.ProblemUseCase;
import org.itilhis.ports.problem.out.KnownErrorIndex;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Problem management wired by hand beside a {@link ServiceDesk} (and the CMDB's stores): the
 * problem commands, their queries, the candidate problems of proactive detection, and the
 * known errors suggested to the desk, with the index of known errors they are searched in
 * (optional: {@link KnownErrorIndex#NONE} matches on items and categories only).
 */
public final class ProblemManagement {
    private final ProblemService problems;
    private final ProblemQueryService queries;
    private final CandidateProblemService candidates;
    private final KnownErrorIndexing indexing;
    private final KnownErrorSuggestionService suggestions;
    private final DeskWithKnownErrorsService atTheDesk;

    private ProblemManagement(ProblemPorts ports, ProblemSettings problemSettings, ServiceDeskSettings settings,
                              Validator validator, ServiceDesk desk, Optional<CmdbUseCase> cmdb,
                              KnownErrorIndex index) {
        PublishedKnownErrors knownErrors = new PublishedKnownErrors(ports);
        this.indexing = new KnownErrorIndexing(index, knownErrors);
        this.problems = new ProblemService(ports, settings, validator, desk.tickets(), desk.desk(), indexing);
        this.queries = new ProblemQueryService(ports, settings);
        this.candidates = new CandidateProblemService(ports, problemSettings, settings, validator, problems);
        this.suggestions = new KnownErrorSuggestionService(ports, settings.access(), index, knownErrors);
        this.atTheDesk = new DeskWithKnownErrorsService(desk.desk(), cmdb, suggestions);
    }

    /**
     * Problem management beside {@code desk}, which must run on {@code ports.desk()}, without a
     * search index of known errors and without raising against items at the desk ({@link
     * DeskWithKnownErrors#raiseAgainst} is refused).
     */
    public static ProblemManagement create(ProblemPorts ports, ProblemSettings problemSettings,
                                           ServiceDeskSettings settings, Validator validator, ServiceDesk desk) {
        return new ProblemManagement(ports, problemSettings, settings, validator, desk, Optional.empty(),
                KnownErrorIndex.NONE);
    }

    /**
     * Problem management beside {@code desk} and {@code cmdb} (both on {@code ports}' stores), its
     * known errors kept in {@code index} ({@link KnownErrorIndex#NONE} for none). Call {@link
     * #rebuildKnownErrorIndex()} at start-up when the index may have missed changes.
     */
    public static ProblemManagement create(ProblemPorts ports, ProblemSettings problemSettings,
                                           ServiceDeskSettings settings, Validator validator, ServiceDesk desk,
                                           Cmdb cmdb, KnownErrorIndex index) {
        return new ProblemManagement(ports, problemSettings, settings, validator, desk,
                Optional.of(checkNotNull(cmdb, "cmdb").items()), checkNotNull(index, "index"));
    }

    public ProblemUseCase problems() {
        return problems;
    }

    public ProblemQueries queries() {
        return queries;
    }

    /** Proactive detection: the candidate problems, to accept or dismiss. */
    public CandidateProblems candidates() {
        return candidates;
    }

    /** The published known errors that match a call, best first. */
    public KnownErrorSuggestions suggestions() {
        return suggestions;
    }

    /** The desk's first steps with a call, answered with the known errors that match it. */
    public DeskWithKnownErrors atTheDesk() {
        return atTheDesk;
    }

    /**
     * Replaces the known errors in the index by the stored ones (at start-up, after a loss of
     * the index or when it missed changes).
     *
     * @return how many known errors were indexed
     */
    public int rebuildKnownErrorIndex() {
        return indexing.rebuild();
    }
}
