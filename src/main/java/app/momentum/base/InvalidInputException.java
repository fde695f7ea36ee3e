package app.momentum.base;

import java.util.List;

/**
 * Several fields of one form refused at once, each with its own message, so the user sees every problem
 * after one save instead of one per attempt. As a {@link UserFacingException} it reads as its first
 * problem, so code that shows one message (a notification, the API) still says something true.
 */
public class InvalidInputException extends UserFacingException {

    /** One refused field: the form field's name (as the service calls it) and why it was refused. */
    public record FieldProblem(String field, UserFacingException problem) {
    }

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(first(problems).messageKey(), first(problems).arguments());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static UserFacingException first(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one problem");
        }
        return problems.getFirst().problem();
    }
}
