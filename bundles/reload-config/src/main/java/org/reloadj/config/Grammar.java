package org.reloadj.config;

/**
 * Which RELAX NG grammar a document is validated against (RFC 6940, 11.1.1).
 */
public enum Grammar {
    /**
     * The grammar of RFC 6940, 11.1.1 exactly as printed. It has no
     * {@code overlay-reliability-timer} element, although 11.1 defines one, so a document that
     * sets that timer (the RFC's own example does) does not validate: use this to check that a
     * document also passes strict validators elsewhere.
     */
    RFC_6940,
    /** The grammar of 11.1.1 with {@code overlay-reliability-timer} added as 11.1 defines it. */
    RFC_6940_WITH_RELIABILITY_TIMER
}
