package org.reloadj.config.internal.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.reloadj.api.OverlayHash;
import org.reloadj.config.BootstrapNode;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.SelfSignedPermitted;

/**
 * The rules of RFC 6940, 11.1 on a configuration's values that its grammar cannot express.
 */
final class ParameterRules {
    private static final int MIN_RELIABILITY_TIMER = 200;
    private static final long MAX_SEQUENCE = 65534;

    private final OverlayConfiguration c;
    private final Findings out;

    private ParameterRules(OverlayConfiguration c, Findings out) {
        this.c = c;
        this.out = out;
    }

    static void check(OverlayConfiguration c, Findings out) {
        ParameterRules r = new ParameterRules(c, out);
        r.identity();
        r.limits();
        r.enrollmentServers();
        r.selfSigned();
        r.sharedSecret();
        r.bootstrapNodes();
        r.nodeIdLists();
    }

    private void identity() {
        out.require(OverlayHash.isDnsName(c.instanceName()), Places.of(c, "@instance-name"),
                "\"" + c.instanceName() + "\" is not an overlay name: a DNS name (RFC 6940, 11.1, 6.3.2)");
        c.sequence().ifPresent(s -> out.require(s >= 0 && s <= MAX_SEQUENCE, Places.of(c, "@sequence"),
                s + " is outside 0..65534 (RFC 6940, 11.1, 6.3.2.1)"));
    }

    private void limits() {
        out.require(c.nodeIdLength() >= 16 && c.nodeIdLength() <= 20, Places.of(c, "node-id-length"),
                c.nodeIdLength() + " is outside 16..20 bytes (RFC 6940, 11.1)");
        out.require(c.maxMessageSize() > 0, Places.of(c, "max-message-size"),
                c.maxMessageSize() + " leaves no room for a message (RFC 6940, 11.1)");
        out.require(c.initialTtl() >= 1 && c.initialTtl() <= 255, Places.of(c, "initial-ttl"),
                c.initialTtl() + " does not fit the 8-bit ttl field, 1..255 (RFC 6940, 6.3.2)");
        out.require(c.overlayReliabilityTimer() >= MIN_RELIABILITY_TIMER, Places.of(c, "overlay-reliability-timer"),
                c.overlayReliabilityTimer() + " ms is below the minimum of 200 ms (RFC 6940, 11.1)");
        out.require(c.chord().updateInterval() > 0, Places.of(c, "chord:chord-update-interval"),
                c.chord().updateInterval() + " is not a positive number of seconds (RFC 6940, 10.7.4.1)");
        out.require(c.chord().pingInterval() > 0, Places.of(c, "chord:chord-ping-interval"),
                c.chord().pingInterval() + " is not a positive number of seconds (RFC 6940, 10.7.4.2)");
    }

    private void enrollmentServers() {
        List<String> servers = c.enrollmentServers();
        for (int i = 0; i < servers.size(); i++) {
            out.require(isHttpsUrl(servers.get(i)), Places.of(c, "enrollment-server", i),
                    "\"" + servers.get(i) + "\" is not an https: URL (RFC 6940, 11.1)");
        }
    }

    private void selfSigned() {
        c.selfSignedPermitted().filter(SelfSignedPermitted::permitted).ifPresent(s -> out.require(
                SelfSignedPermitted.STANDARD_DIGESTS.contains(s.digest()), Places.of(c, "self-signed-permitted"),
                "digest \"" + s.digest() + "\" is neither sha1 nor sha256 (RFC 6940, 11.1)"));
    }

    /** A shared secret keys every link of the overlay (4.1.1, 13.4): it cannot be empty. */
    private void sharedSecret() {
        c.sharedSecret().ifPresent(secret -> out.require(!secret.isBlank(), Places.of(c, "shared-secret"),
                "the shared secret is empty: links could not derive their TLS-PSK key (RFC 6940, 4.1.1, 11.1)"));
    }

    private void bootstrapNodes() {
        List<BootstrapNode> nodes = c.bootstrapNodes();
        for (int i = 0; i < nodes.size(); i++) {
            BootstrapNode n = nodes.get(i);
            String where = Places.of(c, "bootstrap-node", i);
            out.require(IpLiterals.isIpLiteral(n.address()), where,
                    "address \"" + n.address() + "\" is not an IPv4 or IPv6 address (RFC 6940, 11.1)");
            out.require(n.port() > 0 && n.port() <= 0xFFFF, where, "port " + n.port() + " is outside 1..65535");
        }
    }

    /** One problem for all malformed Node-IDs of the configuration: they share one cause. */
    private void nodeIdLists() {
        List<String> bad = new ArrayList<>();
        malformedNodeIds("configuration-signer", c.configurationSigners(), bad);
        malformedNodeIds("kind-signer", c.kindSigners(), bad);
        malformedNodeIds("bad-node", c.badNodes(), bad);
        out.require(bad.isEmpty(), Places.of(c), String.join(", ", bad) + (bad.size() == 1 ? " is not a Node-ID"
                : " are not Node-IDs") + " of " + c.nodeIdLength() + " bytes in hexadecimal (RFC 6940, 11.1)");
    }

    private void malformedNodeIds(String element, List<String> values, List<String> bad) {
        for (String v : values) {
            if (!isNodeIdHex(v, c.nodeIdLength())) {
                bad.add(element + " " + v);
            }
        }
    }

    private static boolean isNodeIdHex(String text, int length) {
        return text.length() == 2 * length && text.chars().allMatch(HexFormat::isHexDigit);
    }

    private static boolean isHttpsUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
