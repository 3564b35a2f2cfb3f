/**
 * The overlay's enrollment server and configuration server over HTTPS (RFC 6940, 11.2, 11.3):
 * {@link org.reloadj.enrollment.EnrollmentServer} issues node certificates to the accounts of a
 * {@link org.reloadj.enrollment.UserStore} and serves the overlay's configuration document at
 * {@code /.well-known/reload-config}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.enrollment;
