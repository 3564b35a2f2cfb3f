/**
 * The checks behind {@link org.reloadj.config.ConfigurationValidator}: grammar, values, kinds,
 * certificates, what a node must support, lifecycle and signatures.
 */
package org.reloadj.config.internal.check;
