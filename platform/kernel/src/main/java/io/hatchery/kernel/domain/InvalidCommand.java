package io.hatchery.kernel.domain;

import java.util.List;

/** A command with fields that are wrong on their face (HTTP 400 naming each field). */
public final class InvalidCommand extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidCommand(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidCommand(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
