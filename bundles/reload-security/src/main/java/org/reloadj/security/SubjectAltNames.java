package org.reloadj.security;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.reloadj.api.NodeId;
import org.reloadj.security.ReloadSecurityException.Reason;

/**
 * The subjectAltName of a RELOAD node certificate (RFC 6940, 11.3): one {@code reload:} URI per
 * Node-ID (uniformResourceIdentifier, a Destination List of a single node entry, 14.15), all of
 * the same overlay, and exactly one user name (rfc822Name); no other identity.
 *
 * <p>{@link #of} builds the extension value for a certificate issuer (the overlay's enrollment
 * server, or a node making its own self-signed certificate, 11.3.1); {@link ReloadCertificate}
 * reads it back.
 */
public final class SubjectAltNames {
    private SubjectAltNames() {
    }

    /** The identities read from a node certificate: the user name, the Node-IDs, the overlay. */
    record Names(String userName, List<NodeId> nodeIds, String overlay) {
    }

    /**
     * The subjectAltName value naming {@code nodeIds} in {@code overlay} and {@code userName}:
     * the reload URIs in the order given, then the rfc822Name.
     *
     * @throws IllegalArgumentException when there is no Node-ID, a Node-ID appears twice, the
     *                                  overlay is not a DNS name or the user name is empty or not ASCII
     */
    public static GeneralNames of(List<NodeId> nodeIds, String overlay, String userName) {
        if (nodeIds.isEmpty() || new LinkedHashSet<>(nodeIds).size() != nodeIds.size()) {
            throw new IllegalArgumentException("a node certificate names one or more distinct Node-IDs: " + nodeIds);
        }
        if (userName.isEmpty() || !ASN1IA5String.isIA5String(userName)) {
            throw new IllegalArgumentException("a user name is a non-empty ASCII rfc822Name: " + userName);
        }
        List<GeneralName> names = new ArrayList<>();
        for (NodeId id : nodeIds) {
            names.add(new GeneralName(GeneralName.uniformResourceIdentifier, ReloadUri.ofNode(id, overlay).toString()));
        }
        names.add(new GeneralName(GeneralName.rfc822Name, userName));
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    /**
     * Reads the subjectAltName of a node certificate.
     *
     * @throws ReloadSecurityException MALFORMED_CERTIFICATE when the extension is missing or
     *                                 unreadable, holds another kind of name, a URI that is not a
     *                                 reload URI of a single Node-ID, URIs of several overlays, the
     *                                 same Node-ID twice, or not exactly one user name
     */
    static Names read(X509Certificate cert, int nodeIdLength) throws ReloadSecurityException {
        byte[] extension = cert.getExtensionValue(Extension.subjectAlternativeName.getId());
        if (extension == null) {
            throw malformed("no subjectAltName: a node certificate names its Node-IDs and user name there (11.3)");
        }
        GeneralName[] names;
        try {
            names = GeneralNames.getInstance(ASN1OctetString.getInstance(extension).getOctets()).getNames();
        } catch (RuntimeException e) {
            throw new ReloadSecurityException(Reason.MALFORMED_CERTIFICATE, "unreadable subjectAltName", e);
        }
        Set<NodeId> nodeIds = new LinkedHashSet<>();
        String overlay = null;
        String userName = null;
        for (GeneralName name : names) {
            if (name.getTagNo() == GeneralName.uniformResourceIdentifier) {
                ReloadUri uri = readUri(name, nodeIdLength);
                if (overlay != null && !overlay.equals(uri.overlay())) {
                    throw malformed("reload URIs of two overlays, " + overlay + " and " + uri.overlay());
                }
                overlay = uri.overlay();
                NodeId id = uri.nodeId().orElseThrow(() -> malformed("reload URI " + uri + " does not name one node"));
                if (!nodeIds.add(id)) {
                    throw malformed("Node-ID " + id + " appears twice");
                }
            } else if (name.getTagNo() == GeneralName.rfc822Name && userName == null) {
                userName = ASN1IA5String.getInstance(name.getName()).getString();
            } else {
                throw malformed("subjectAltName holds " + describe(name)
                        + "; 11.3 allows only reload URIs and one user name");
            }
        }
        if (nodeIds.isEmpty() || userName == null || userName.isEmpty()) {
            throw malformed("subjectAltName must hold at least one reload URI and a user name");
        }
        return new Names(userName, List.copyOf(nodeIds), overlay);
    }

    private static ReloadUri readUri(GeneralName name, int nodeIdLength) throws ReloadSecurityException {
        String text = ASN1IA5String.getInstance(name.getName()).getString();
        try {
            return ReloadUri.parse(text, nodeIdLength);
        } catch (IllegalArgumentException e) {
            throw new ReloadSecurityException(Reason.MALFORMED_CERTIFICATE, "not a reload URI of this overlay's Node-IDs: "
                    + text, e);
        }
    }

    private static String describe(GeneralName name) {
        return name.getTagNo() == GeneralName.rfc822Name ? "a second user name" : "a name of type " + name.getTagNo();
    }

    private static ReloadSecurityException malformed(String message) {
        return new ReloadSecurityException(Reason.MALFORMED_CERTIFICATE, message);
    }
}
