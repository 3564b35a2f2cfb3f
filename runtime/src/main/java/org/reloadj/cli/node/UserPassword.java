package org.reloadj.cli.node;

import org.reloadj.security.Credentials;

/**
 * An account of an overlay's enrollment server, as {@code --user NAME:PASSWORD} gives it.
 *
 * @param name     the account name
 * @param password its password
 */
public record UserPassword(String name, String password) {
    /**
     * Reads {@code NAME:PASSWORD}.
     *
     * @throws IllegalArgumentException when there is no name before the colon
     */
    public static UserPassword parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--user takes NAME:PASSWORD, not " + text.replaceAll(":.*", ":..."));
        }
        return new UserPassword(text.substring(0, colon), text.substring(colon + 1));
    }

    /** Whether {@code credentials} are this account's: the user name is NAME, or NAME@overlay. */
    public boolean isUserOf(Credentials credentials, String overlay) {
        String user = credentials.certificate().userName();
        return user.equals(name) || user.equals(name + "@" + overlay);
    }

    @Override
    public String toString() {
        return name + ":...";
    }
}
