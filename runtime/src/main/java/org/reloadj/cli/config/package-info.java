/** {@code reloadj config}: show, check and sign overlay configuration documents (RFC 6940, 11.1). */
package org.reloadj.cli.config;
