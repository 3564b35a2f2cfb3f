package org.reloadj.config.internal.check;

import java.util.regex.Pattern;

/**
 * Recognizes IPv4 and IPv6 address literals (RFC 6940, 11.1: a bootstrap node is given by its IP
 * address) without ever asking DNS.
 */
final class IpLiterals {
    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    private IpLiterals() {
    }

    /** Whether {@code text} is an IPv4 or IPv6 address literal. */
    static boolean isIpLiteral(String text) {
        return isIpv4(text) || isIpv6(text);
    }

    static boolean isIpv4(String text) {
        return IPV4.matcher(text).matches();
    }

    static boolean isIpv6(String text) {
        int compressed = text.indexOf("::");
        if (compressed >= 0 && text.indexOf("::", compressed + 1) >= 0) {
            return false;
        }
        if (compressed < 0) {
            return groups(text) == 8;
        }
        String head = text.substring(0, compressed);
        String tail = text.substring(compressed + 2);
        int h = head.isEmpty() ? 0 : groups(head);
        int t = tail.isEmpty() ? 0 : groups(tail);
        return h >= 0 && t >= 0 && h + t <= 7;
    }

    /** The number of 16-bit groups in {@code part} (an IPv4 tail counts two), or -1 if malformed. */
    private static int groups(String part) {
        String[] pieces = part.split(":", -1);
        int n = 0;
        for (int i = 0; i < pieces.length; i++) {
            if (HEX_GROUP.matcher(pieces[i]).matches()) {
                n++;
            } else if (i == pieces.length - 1 && isIpv4(pieces[i])) {
                n += 2;
            } else {
                return -1;
            }
        }
        return n;
    }
}
