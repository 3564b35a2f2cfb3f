/**
 * An example usage (RFC 6940, 5.1) written as a third party writes one, against ReloadJ's public
 * API only: the kind {@code EXAMPLE-NOTE} ({@link org.reloadj.example.note.ExampleNoteUsage}) and
 * the typed service applications use it through ({@link org.reloadj.example.note.Notes}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.reloadj.example.note;
