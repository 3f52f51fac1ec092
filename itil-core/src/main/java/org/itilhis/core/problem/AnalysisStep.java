package org.itilhis.core.problem;

/**
 * One step of a root cause analysis, such as one of the "five whys": the question asked and
 * the answer found ("Why did the registration client fail? Its client certificate had
 * expired."). Steps keep the order they were recorded in.
 */
public record AnalysisStep(String question, String answer) {
    public static final int MAX_LENGTH = 2000;

    public AnalysisStep {
        question = RootCause.text(question, "question", MAX_LENGTH);
        answer = RootCause.text(answer, "answer", MAX_LENGTH);
    }

    public static AnalysisStep of(String question, String answer) {
        return new AnalysisStep(question, answer);
    }
}
