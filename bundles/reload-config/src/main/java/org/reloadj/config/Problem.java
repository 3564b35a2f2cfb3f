package org.reloadj.config;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a configuration document, as {@link ConfigurationValidator} reports it:
 * how bad, what kind of check found it, where, and what.
 *
 * @param severity how bad
 * @param category the kind of check
 * @param where    the element it is about, e.g. {@code overlay.example.org/root-cert[2]}, or a
 *                 line and column for grammar problems
 * @param message  what is wrong, in one line
 */
public record Problem(Severity severity, Category category, String where, String message) {

    /** How bad a problem is. */
    public enum Severity {
        /** The document or configuration must not be used as it is. */
        ERROR,
        /** Works, but not as the RFC asks. */
        WARNING
    }

    /** Which check found a problem. */
    public enum Category {
        /** The document cannot be read (not XML, a DTD, too large, not UTF-8). */
        DOCUMENT,
        /** The RELAX NG grammar of RFC 6940, 11.1.1. */
        GRAMMAR,
        /** A value the grammar allows but 11.1 does not (a rule of the prose). */
        VALUE,
        /** A configuration signature or kind-signature (11.1, 6.3.4). */
        SIGNATURE,
        /** The configuration's expiration time. */
        EXPIRY,
        /** A root certificate. */
        CERTIFICATE,
        /** A mandatory extension, topology plug-in or link protocol this node does not support. */
        SUPPORT,
        /** The configuration sequence number (6.3.2.1). */
        SEQUENCE
    }

    /** Checks the parts are given. */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    /** An error. */
    public static Problem error(Category category, String where, String message) {
        return new Problem(Severity.ERROR, category, where, message);
    }

    /** A warning. */
    public static Problem warning(Category category, String where, String message) {
        return new Problem(Severity.WARNING, category, where, message);
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line: {@code error [signature] overlay.example.org/signature[1]: does not verify: ...}. */
    @Override
    public String toString() {
        return severity.name().toLowerCase(Locale.ROOT) + " [" + category.name().toLowerCase(Locale.ROOT) + "] "
                + where + ": " + message;
    }
}
