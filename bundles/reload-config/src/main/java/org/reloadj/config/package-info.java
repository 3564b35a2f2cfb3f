/**
 * The overlay configuration document of RFC 6940, section 11.1: an immutable model
 * ({@link org.reloadj.config.OverlayConfigurations}, {@link org.reloadj.config.OverlayConfiguration},
 * {@link org.reloadj.config.KindBlock}, ...), a hardened parser and a writer, validation against the
 * RELAX NG grammar of 11.1.1 and the rules of the prose as a list of
 * {@link org.reloadj.config.Problem}s, signing and verification of configurations and kind blocks
 * (11.1, 6.3.4), sequence numbers (6.3.2.1) and fetching from a configuration server (11.2).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.reloadj.config;
