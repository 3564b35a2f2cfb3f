/**
 * The overlay configuration as the node uses it (RFC 6940, 6.3.2.1, 6.5.4 and 11.1), read with
 * reload-config: the node's settings, trust and kinds from a Configuration Document
 * ({@link org.reloadj.core.config.ConfiguredNode}, {@link org.reloadj.core.config.ConfiguredKinds}),
 * and the document in force, replaced by a newer signed one received in a ConfigUpdate
 * ({@link org.reloadj.core.config.ConfigurationState}).
 */
package org.reloadj.core.config;
