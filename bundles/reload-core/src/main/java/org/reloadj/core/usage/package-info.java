/**
 * The kinds a node knows at run time (RFC 6940, 5.1 and 7.4.1.1): the configuration's kinds plus
 * those of the usages registered on the node ({@link org.reloadj.core.usage.UsageRegistry}).
 */
package org.reloadj.core.usage;
