/**
 * The cluster benchmark ({@code reloadj bench cluster}): an overlay of real RELOAD nodes (RFC
 * 6940) in one JVM on 127.0.0.1, over TLS or DTLS links, with certificates of an in-process
 * overlay CA, signed messages and stored data, and CHORD-RELOAD joins; it stores values from
 * random nodes, fetches each from another random node, and reports latencies and throughput.
 * Plain Java, without JMH, so that the command line can run it.
 */
package org.reloadj.bench.cluster;
