package org.itilhis.adapters.rest.operations;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.itilhis.core.inspection.ItemResult;
import org.itilhis.core.inspection.RoundSnapshot;
import org.itilhis.core.inspection.RoundStanding;
import org.itilhis.core.inspection.RoundStatus;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.operations.in.RoundCompletion;
import org.itilhis.ports.operations.in.RoundView;

/**
 * An inspection round as the API shows it: its schedule, template version, due time and the
 * close of its window; its status as stored and its standing when read (due, overdue, on time,
 * late, missed); once recorded, who performed it and when, who entered it, and each item's
 * result, a failed one with the number of the incident it raised or was added to; once missed,
 * when, and the lead told.
 */
public record InspectionRoundJson(String id, String group, String schedule, String template, long templateVersion,
                        Instant due, Instant closes, RoundStatus status, RoundStanding standing, String performedBy,
                        Instant performedAt, String recordedBy, Instant recordedAt, List<ItemResultJson> results,
                        Instant missedAt, String lead, long version) {
    static InspectionRoundJson of(RoundView view) {
        RoundSnapshot round = view.state();
        return new InspectionRoundJson(round.id().toString(), round.group().value(), round.schedule().toString(),
                round.template(), round.templateVersion(), round.due(), round.closes(), round.status(),
                view.standing(), round.performedBy().map(StaffId::value).orElse(null),
                round.performedAt().orElse(null), round.recordedBy().map(StaffId::value).orElse(null),
                round.recordedAt().orElse(null), round.results().stream().map(ItemResultJson::of).toList(),
                round.missedAt().orElse(null), round.lead().map(StaffId::value).orElse(null), view.version());
    }

    /** One item's result: what was entered, whether it failed, and a failed item's incident. */
    public record ItemResultJson(String item, Boolean passed, BigDecimal reading, String unit, String choice, String note,
                             boolean failed, String incident) {
        static ItemResultJson of(ItemResult result) {
            return new ItemResultJson(result.item(), result.passed().orElse(null), result.reading().orElse(null),
                    result.unit().orElse(null), result.choice().orElse(null), result.note().orElse(null),
                    result.failed(), result.incident().orElse(null));
        }
    }

    /** A page of a group's rounds by due time; {@code next} the cursor of the page after, if there is one. */
    public record InspectionRoundsJson(List<InspectionRoundJson> items, String next) {
    }

    /**
     * {@code POST /inspections/rounds/{id}/results}: who performed the round (the caller when left
     * out) and when, for which template version (the round's), and one answer per item.
     */
    public record RecordRoundJson(Long templateVersion, String performedBy, String performedAt,
                                  List<ItemAnswerJson> results) {
    }

    /**
     * One item's answer: {@code passed} for a pass / fail item; {@code reading} (a number, or the
     * text as read) and optionally its {@code unit} for a reading; {@code choice} for a choice.
     */
    public record ItemAnswerJson(String item, Boolean passed, JsonNode reading, String unit, String choice, String note) {
    }

    /** How a group's rounds due in a period were done: per engineer and per template. */
    public record RoundCompletionJson(String group, Instant from, Instant to, List<EngineerRoundsJson> byEngineer,
                                 List<TemplateRoundsJson> byTemplate) {
        static RoundCompletionJson of(RoundCompletion completion) {
            return new RoundCompletionJson(completion.group().value(), completion.from(), completion.to(),
                    completion.byEngineer().stream().map(EngineerRoundsJson::of).toList(),
                    completion.byTemplate().stream().map(TemplateRoundsJson::of).toList());
        }
    }

    /** The rounds an engineer performed: on time, late, and the share on time. */
    public record EngineerRoundsJson(String engineer, int onTime, int late, double onTimeRate) {
        static EngineerRoundsJson of(RoundCompletion.EngineerRounds rounds) {
            return new EngineerRoundsJson(rounds.engineer().value(), rounds.onTime(), rounds.late(), rounds.onTimeRate());
        }
    }

    /**
     * A template's rounds: on time, late, missed, still open (counted in no rate); the share of the
     * closed ones recorded at all and recorded on time.
     */
    public record TemplateRoundsJson(String template, int onTime, int late, int missed, int open,
                                     double completionRate, double onTimeRate) {
        static TemplateRoundsJson of(RoundCompletion.TemplateRounds rounds) {
            return new TemplateRoundsJson(rounds.template(), rounds.onTime(), rounds.late(), rounds.missed(),
                    rounds.open(), rounds.completionRate(), rounds.onTimeRate());
        }
    }
}
