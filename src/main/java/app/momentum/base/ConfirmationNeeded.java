package app.momentum.base;

/**
 * A warning, not a refusal: the change is allowed once the user has confirmed it (a second journey with the same
 * name, say). Services throw it before changing anything; a form asks the user (the message key is the question)
 * and repeats the change with the confirmation. Clients that cannot ask get it as an ordinary refusal.
 */
public class ConfirmationNeeded extends UserFacingException {

    public ConfirmationNeeded(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
