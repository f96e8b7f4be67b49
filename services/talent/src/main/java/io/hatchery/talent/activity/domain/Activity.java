package io.hatchery.talent.activity.domain;

import io.hatchery.contracts.talent.ActivityHeld;
import io.hatchery.contracts.talent.ActivityKind;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An activity a carrier held: a competition, roadshow, training, forum or matchmaking event, with how many people
 * and firms took part. A fact once recorded.
 */
public record Activity(String id, String carrierId, String region, ActivityKind kind, String title,
        LocalDate heldOn, int participants, int firms) {

    public static List<FieldProblem> problems(String title, LocalDate heldOn, int participants, int firms,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > 200) {
            problems.add(new FieldProblem("title", "is required, at most 200 characters"));
        }
        if (heldOn != null && heldOn.isAfter(today)) {
            problems.add(new FieldProblem("heldOn", "is in the future: record an activity once it was held"));
        }
        if (participants < 0 || participants > 1_000_000) {
            problems.add(new FieldProblem("participants", "must be 0 to 1000000"));
        }
        if (firms < 0 || firms > 100_000) {
            problems.add(new FieldProblem("firms", "must be 0 to 100000"));
        }
        return problems;
    }

    public static Decision<Activity> record(Activity activity) {
        return new Decision<>(activity, List.of(new ActivityHeld(activity.id(), activity.carrierId(),
                activity.region(), activity.kind(), activity.title(), activity.participants(), activity.firms(),
                activity.heldOn())));
    }
}
