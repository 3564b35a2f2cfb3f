package org.reloadj.core.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The configuration of one node (a factory configuration of {@value NodeComponent#PID}): where
 * its overlay's Configuration Document and its credentials are, where it listens, and how it
 * joins.
 */
@ObjectClassDefinition(name = "ReloadJ node", description = "One RELOAD (RFC 6940) node: a peer or a client of one overlay")
public @interface NodeConfig {
    /** The Configuration Document (RFC 6940, 11.1): a file path or file: URL. */
    @AttributeDefinition(description = "The overlay's Configuration Document (RFC 6940, 11.1): a file path or file: URL")
    String configuration();

    /** The instance-name of the configuration to use; empty: the document's first. */
    @AttributeDefinition(description = "The overlay (instance-name) of the document to join; empty for its first configuration")
    String overlay() default "";

    /** The directory of the node's credentials (node.pem, node.key). */
    @AttributeDefinition(description = "The directory of the node's certificate (node.pem) and key (node.key)")
    String credentials();

    /** The address to accept links on. */
    @AttributeDefinition(description = "The address to accept links on")
    String address() default "127.0.0.1";

    /** The port to accept links on; 0: any free port. */
    @AttributeDefinition(description = "The port to accept links on (0: any free port)")
    int port() default 0;

    /** Whether the node is a client (RFC 6940, 4.2). */
    @AttributeDefinition(description = "Run as a client (RFC 6940, 4.2): neither route nor store")
    boolean client() default false;

    /** Bootstrap nodes as host:port, tried in order; empty: the configuration's. */
    @AttributeDefinition(description = "Bootstrap nodes (host:port) to contact instead of the configuration's")
    String[] bootstrap() default {};

    /** The overlay link type (RFC 6940, 14.10); empty: from the configuration's overlay-link-protocol. */
    @AttributeDefinition(name = "link.type", description = "The overlay link type, e.g. TLS-TCP-FH-NO-ICE; empty: from the configuration")
    String link_type() default "";

    /** How long one attempt to join may take, in seconds. */
    @AttributeDefinition(name = "join.timeout", description = "Seconds one attempt to join may take before it is retried")
    int join_timeout() default 60;
}
