/**
 * CHORD-RELOAD's overlay-specific structures (RFC 6940, 10): ChordUpdate, ChordRouteQueryAns and
 * ChordLeaveData.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.wire.chord;
