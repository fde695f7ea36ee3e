package app.momentum.security;

import java.time.Duration;

/**
 * Logins to the account with this e-mail address are slowed down for {@code period} after repeated wrong passwords.
 * Published for whoever tells the account's owner (the notification module mails them); the address may belong to
 * no account at all, and the event never says whether it does.
 */
public record AccountThrottled(String email, Duration period) {
}
