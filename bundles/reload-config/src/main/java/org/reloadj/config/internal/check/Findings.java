package org.reloadj.config.internal.check;

import java.util.ArrayList;
import java.util.List;
import org.reloadj.config.Problem;

/** The problems a check finds, in the order found. */
final class Findings {
    private final List<Problem> problems = new ArrayList<>();

    /** Adds an error. */
    void error(Problem.Category category, String where, String message) {
        problems.add(Problem.error(category, where, message));
    }

    /** Adds a warning. */
    void warning(Problem.Category category, String where, String message) {
        problems.add(Problem.warning(category, where, message));
    }

    /** Adds an error of category VALUE unless {@code ok}. */
    void require(boolean ok, String where, String message) {
        if (!ok) {
            error(Problem.Category.VALUE, where, message);
        }
    }

    /** Adds a problem. */
    void add(Problem problem) {
        problems.add(problem);
    }

    /** Adds problems found elsewhere. */
    void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    /** What was found. */
    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
