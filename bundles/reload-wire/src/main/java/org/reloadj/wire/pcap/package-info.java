/**
 * A classic libpcap writer of Ethernet/IPv4/TCP frames, so that Wireshark's RELOAD dissector
 * (framing header on TCP, RFC 6940, 6.6.2 and 14.2) reads what ReloadJ sends: sample messages
 * from the command line and the message traces of running nodes.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.wire.pcap;
