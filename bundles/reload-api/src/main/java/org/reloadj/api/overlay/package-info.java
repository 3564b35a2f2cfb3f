/**
 * The application API (RFC 6940, 5 and 7.4): what a usage or an application does with an overlay
 * — store, fetch, stat, find, ping — asynchronously, with typed results and failures carrying the
 * RELOAD error code. A node offers it as a plain Java object and as an OSGi service.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.reloadj.api.overlay;
