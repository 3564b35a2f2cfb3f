package org.reloadj.security.issue;

import java.util.Locale;
import org.reloadj.api.OverlayHash;

/**
 * The user name a node certificate carries as its one rfc822Name (RFC 6940, 11.3): an
 * addr-spec {@code local@domain} whose local part is an RFC 5322 dot-atom and whose domain is a
 * DNS name, US-ASCII only, so no embedded NUL, space, control or non-ASCII character reaches a
 * certificate.
 *
 * @param value the name, e.g. {@code alice@overlay.example.org}
 */
public record UserName(String value) {
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_LENGTH = 254;
    private static final String ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

    /**
     * Checks the name.
     *
     * @throws IllegalArgumentException when the name is not a legal {@code local@domain}
     */
    public UserName {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a legal user name (local@domain, US-ASCII): " + value);
        }
    }

    /**
     * The user name of an account: the account name itself when it holds an {@code @},
     * otherwise {@code account@overlay}.
     *
     * @throws IllegalArgumentException when the result is not a legal user name
     */
    public static UserName forAccount(String account, String overlay) {
        return new UserName(account.indexOf('@') >= 0 ? account : account + "@" + overlay.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code name} is a legal {@code local@domain}. */
    public static boolean isValid(String name) {
        if (name == null || name.length() > MAX_LENGTH) {
            return false;
        }
        int at = name.lastIndexOf('@');
        return at > 0 && isDotAtom(name.substring(0, at)) && OverlayHash.isDnsName(name.substring(at + 1));
    }

    private static boolean isDotAtom(String local) {
        if (local.length() > MAX_LOCAL_PART || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            boolean atext = c < 128 && (Character.isLetterOrDigit(c) || ATEXT_SYMBOLS.indexOf(c) >= 0);
            if (!atext && c != '.') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
