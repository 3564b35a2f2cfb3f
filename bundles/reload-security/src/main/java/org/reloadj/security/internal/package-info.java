/**
 * Helpers private to the security bundle: bounded caches and message digests. Not exported.
 */
package org.reloadj.security.internal;
