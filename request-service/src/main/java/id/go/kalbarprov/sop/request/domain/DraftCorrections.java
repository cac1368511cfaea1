package id.go.kalbarprov.sop.request.domain;

import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Every correction made to the rows of a case's drafts, in the order it was made: each reviewers' round (as it came
 * back with a return, {@link ReviewerCorrections}) and each of the pelaksana's corrections ({@link PelaksanaCorrection}).
 * A version is composed from the units' current rows with these written over them oldest first, so for a field
 * corrected by both the later act wins: a reviewer who changes the pelaksana's value in review, or the pelaksana who
 * corrects again in revision after a return.
 */
public final class DraftCorrections {

    private record Step(Instant at, int order, BiConsumer<Map<String, Object>, LowerIsBetterConvention> apply) {
    }

    private final List<Step> steps = new ArrayList<>();

    /** A reviewers' round: {@code submitted} as the pelaksana sent it, {@code reviewed} as returned at {@code at}. */
    public DraftCorrections round(Instant at, Map<String, Object> submitted, Map<String, Object> reviewed) {
        ReviewerCorrections round = new ReviewerCorrections().add(submitted, reviewed);
        steps.add(new Step(at, steps.size(), round::applyTo));
        return this;
    }

    public DraftCorrections pelaksana(PelaksanaCorrection correction) {
        steps.add(new Step(correction.at(), steps.size(), correction::applyTo));
        return this;
    }

    /** Writes every correction over a freshly composed content, oldest first. */
    public void applyTo(Map<String, Object> content, LowerIsBetterConvention convention) {
        steps.stream().sorted(Comparator.comparing(Step::at).thenComparingInt(Step::order))
                .forEach(step -> step.apply().accept(content, convention));
    }
}
