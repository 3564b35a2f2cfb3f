/**
 * The node: RELOAD's message transport and its forwarding and link management (RFC 6940, 1.2.2
 * and 1.2.5; 6.1 to 6.3, 6.5.3, 6.5.4, 6.7).
 *
 * <p>Bytes from a link go through the {@link org.reloadj.core.node.Receiver} (header checks), the
 * {@link org.reloadj.core.node.Router} (destination list, 6.1) and the
 * {@link org.reloadj.core.node.Forwarder} (via list, TTL, criticality), either out again through the
 * {@link org.reloadj.core.node.Transmitter} (fragmenting, 6.7) or into the
 * {@link org.reloadj.core.node.LocalDelivery} (reassembly, verification), which hands requests to
 * the {@link org.reloadj.core.node.RequestDispatcher} and responses to the
 * {@link org.reloadj.core.node.Originator}. {@link org.reloadj.core.node.Node} wires them; the
 * plug-in points are {@link org.reloadj.core.node.MessageSecurity},
 * {@link org.reloadj.core.node.ConfigurationSource}, {@link org.reloadj.core.node.ConfigUpdateHandler}
 * and {@link org.reloadj.core.node.RequestHandler} (whose answers may carry certificates, {@link
 * org.reloadj.core.node.CertifiedBody}), with the topology and link SPIs of reload-api. A peer
 * refuses client traffic when clients are not permitted ({@link
 * org.reloadj.core.node.ClientAdmission}, 4.2); a client routes through its admitting peer.
 *
 * <p>Everything runs on one event loop, driven by link events and a scheduler; nothing here does
 * I/O, reads the system clock or makes its own randomness.
 */
package org.reloadj.core.node;
