package org.reloadj.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The overlay field of the forwarding header: the lower 32 bits of the SHA-1 hash of the overlay
 * name (RFC 6940, 6.3.2).
 */
public final class OverlayHash {
    private OverlayHash() {
    }

    /**
     * The 32-bit overlay hash of {@code overlayName}, e.g. {@code "overlay.example.org"}.
     *
     * @throws IllegalArgumentException when the name is not a DNS name (RFC 1035, 2.3.1)
     */
    public static int of(String overlayName) {
        if (!isDnsName(overlayName)) {
            throw new IllegalArgumentException("an overlay name must be a DNS name: " + overlayName);
        }
        byte[] digest = sha1(overlayName.getBytes(StandardCharsets.US_ASCII));
        int n = digest.length;
        return (digest[n - 4] & 0xFF) << 24 | (digest[n - 3] & 0xFF) << 16 | (digest[n - 2] & 0xFF) << 8
                | digest[n - 1] & 0xFF;
    }

    /** Whether {@code name} is a sequence of labels allowed by RFC 1035, 2.3.1. */
    public static boolean isDnsName(String name) {
        if (name == null || name.isEmpty() || name.length() > 253) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!isLabel(label)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabel(String label) {
        int n = label.length();
        if (n == 0 || n > 63 || !Character.isLetterOrDigit(label.charAt(0)) || label.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = label.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static byte[] sha1(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-1", e);
        }
    }
}
