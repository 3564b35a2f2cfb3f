/**
 * The IANA registries of RFC 6940 (section 14) and the enumerations of its wire format, each
 * value carrying its on-the-wire code.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.api.registry;
