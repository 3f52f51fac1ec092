package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableTable;
import java.util.List;

/**
 * Risk assessment as data: an ordered table of {@link ConsequenceRule}s (the first that fires
 * gives the consequence, so the most severe come first and the last fires always) and a
 * likelihood x consequence matrix of {@link RiskLevel}s. A hospital that weighs risk
 * differently builds its own matrix; {@link #hospitalDefault()} is a sensible start.
 *
 * <p>Why the consequence is computed rather than chosen: the requester of a change rarely
 * knows that the "database server" they patch runs the LIS and the blood bank; the CMDB does.
 * The likelihood, on the contrary, is a judgement (how often has the team done this, how well
 * was it tested), so the assessor gives it, with a reason.
 */
public final class RiskMatrix {
    private final ImmutableList<ConsequenceRule> rules;
    private final ImmutableTable<Likelihood, Consequence, RiskLevel> cells;

    private RiskMatrix(List<ConsequenceRule> rules, ImmutableTable<Likelihood, Consequence, RiskLevel> cells) {
        this.rules = ImmutableList.copyOf(rules);
        this.cells = checkNotNull(cells, "cells");
        checkArgument(!this.rules.isEmpty() && this.rules.get(this.rules.size() - 1).isCatchAll(),
                "the last consequence rule must fire always");
        checkArgument(cells.size() == Likelihood.values().length * Consequence.values().length,
                "the matrix needs a level for every likelihood and consequence");
    }

    /**
     * The rules, most severe first, and the matrix.
     *
     * @param levels one row per likelihood (RARE first), one column per consequence (MINOR first)
     */
    public static RiskMatrix of(List<ConsequenceRule> rules, RiskLevel[][] levels) {
        checkArgument(levels.length == Likelihood.values().length, "one row per likelihood");
        ImmutableTable.Builder<Likelihood, Consequence, RiskLevel> cells = ImmutableTable.builder();
        for (Likelihood likelihood : Likelihood.values()) {
            RiskLevel[] row = levels[likelihood.ordinal()];
            checkArgument(row.length == Consequence.values().length, "one column per consequence");
            for (Consequence consequence : Consequence.values()) {
                cells.put(likelihood, consequence, checkNotNull(row[consequence.ordinal()], "level"));
            }
        }
        return new RiskMatrix(rules, cells.build());
    }

    /**
     * The default for a hospital: a clinical-critical service down is severe; reaching one,
     * or taking down three business services, is major; taking one down, or reaching three
     * departments, is moderate.
     */
    public static RiskMatrix hospitalDefault() {
        RiskLevel l = RiskLevel.LOW;
        RiskLevel m = RiskLevel.MEDIUM;
        RiskLevel h = RiskLevel.HIGH;
        RiskLevel v = RiskLevel.VERY_HIGH;
        return of(List.of(
                        new ConsequenceRule("clinical-critical-down", Consequence.SEVERE, 1, 1, 0, true),
                        new ConsequenceRule("clinical-critical-reached", Consequence.MAJOR, 1, 1, 0, false),
                        new ConsequenceRule("services-down", Consequence.MAJOR, 0, 3, 0, true),
                        new ConsequenceRule("service-down", Consequence.MODERATE, 0, 1, 0, true),
                        new ConsequenceRule("departments-reached", Consequence.MODERATE, 0, 0, 3, false),
                        new ConsequenceRule("otherwise", Consequence.MINOR, 0, 0, 0, false)),
                new RiskLevel[][] {
                        // MINOR, MODERATE, MAJOR, SEVERE
                        {l, l, m, h}, // RARE
                        {l, m, m, h}, // UNLIKELY
                        {l, m, h, v}, // POSSIBLE
                        {m, h, v, v}}); // LIKELY
    }

    public ImmutableList<ConsequenceRule> rules() {
        return rules;
    }

    public RiskLevel levelOf(Likelihood likelihood, Consequence consequence) {
        return cells.get(checkNotNull(likelihood, "likelihood"), checkNotNull(consequence, "consequence"));
    }

    /** The first rule that fires for {@code impact}. */
    public ConsequenceRule ruleFor(ChangeImpact impact) {
        checkNotNull(impact, "impact");
        return rules.stream().filter(rule -> rule.firesFor(impact)).findFirst().orElseThrow();
    }

    /** Assesses a change: the consequence from {@code impact}, the level from the matrix, and why. */
    public RiskAssessment assess(Likelihood likelihood, String reason, ChangeImpact impact) {
        ConsequenceRule rule = ruleFor(impact);
        RiskLevel level = levelOf(likelihood, rule.consequence());
        ImmutableList<String> explanation = ImmutableList.of(
                "likelihood " + likelihood + ": " + (reason == null ? "" : reason.strip()),
                "business services reached: " + impact.businessServices().size(),
                "clinical-critical services reached: " + impact.clinicalCriticalServices().size(),
                "departments affected: " + impact.departments().size(),
                "expected outage: " + impact.outage(),
                "rule " + rule.name() + " -> " + rule.consequence(),
                "matrix " + likelihood + " x " + rule.consequence() + " -> " + level);
        return new RiskAssessment(likelihood, reason, impact, rule.consequence(), rule.name(), level, explanation);
    }
}
