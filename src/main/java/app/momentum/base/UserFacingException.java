package app.momentum.base;

/**
 * A rule the user broke, with a translation key for the message the UI shows in the user's language.
 * Services throw it before changing anything, so nothing is half-saved.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
