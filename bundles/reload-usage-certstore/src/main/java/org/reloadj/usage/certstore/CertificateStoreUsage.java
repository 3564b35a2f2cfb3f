package org.reloadj.usage.certstore;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.kind.UsageDefinition;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;

/**
 * The Certificate Store usage (RFC 6940, 8): a node stores its certificate at the Resource-IDs of
 * two Resource Names, its Node-ID and its user name, so that others can find it.
 *
 * <ul>
 * <li>CERTIFICATE_BY_NODE (Kind-ID 3): an array, NODE-MATCH (7.3.2). The Resource Name is the
 *     Node-ID's bytes, so the certificate lives at H(Node-ID), "not ... at its Node-ID" (8).
 * <li>CERTIFICATE_BY_USER (Kind-ID 16): an array, USER-MATCH (7.3.1). The Resource Name is the
 *     user name of the certificate's rfc822Name in UTF-8.
 * </ul>
 * These are the bytes the storage engine's access control hashes too (7.3).
 *
 * <p>Limits, which a kind-block of the overlay's configuration overrides (11.1): a value is at
 * most {@value #MAX_SIZE} bytes, room for a DER certificate with an RSA-4096 key and many
 * Node-IDs in its subjectAltName (a node certificate of ReloadJ's CA is 500 to 1,200 bytes); an
 * array holds at most {@value #MAX_COUNT} values: renewed certificates are appended while the old
 * ones are still valid (8), and every device of one user appends to the same user name array, so
 * two per Node-ID for a handful of devices. Expired certificates stop being served when their
 * values' lifetimes end (see {@link OverlayCertificateStore#publish}).
 *
 * <p>A value must be exactly one DER X.509 certificate ({@link #validate}); whether it is a node
 * certificate of the Node-ID or user name it is stored under, and whether it is trusted, the
 * reader checks ({@link OverlayCertificateStore}, {@link org.reloadj.security.CertificateValidator}).
 *
 * <p>Registered as a {@link UsageDefinition} service; plain Java callers add it to their node.
 */
@Component(service = UsageDefinition.class)
public final class CertificateStoreUsage implements UsageDefinition {
    /** The usage's name. */
    public static final String NAME = "Certificate Store";
    /** The most values of one kind at one Resource-ID. */
    public static final int MAX_COUNT = 10;
    /** The largest value, in bytes. */
    public static final int MAX_SIZE = 8192;

    /** CERTIFICATE_BY_NODE (8): array, NODE-MATCH. */
    public static final KindDefinition CERTIFICATE_BY_NODE = KindDefinition.of(KindId.CERTIFICATE_BY_NODE,
            "CERTIFICATE_BY_NODE", DataModel.ARRAY, AccessControlPolicy.NODE_MATCH, MAX_COUNT, MAX_SIZE);
    /** CERTIFICATE_BY_USER (8): array, USER-MATCH. */
    public static final KindDefinition CERTIFICATE_BY_USER = KindDefinition.of(KindId.CERTIFICATE_BY_USER,
            "CERTIFICATE_BY_USER", DataModel.ARRAY, AccessControlPolicy.USER_MATCH, MAX_COUNT, MAX_SIZE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<KindDefinition> kinds() {
        return List.of(CERTIFICATE_BY_NODE, CERTIFICATE_BY_USER);
    }

    /**
     * Accepts exactly one DER X.509 certificate: no other encoding (the bytes are what a
     * cert_hash signer identity digests, 6.3.4), nothing after it.
     *
     * @throws ReloadException Error_Forbidden for anything else
     */
    @Override
    public void validate(KindId kind, Opaque value) throws ReloadException {
        try {
            ReloadCertificate.x509(value);
        } catch (ReloadSecurityException e) {
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN,
                    "kind " + kind + " of the Certificate Store holds one DER X.509 certificate: " + e.getMessage(), e);
        }
    }

    /** The Resource Name of the certificates of {@code nodeId}: its bytes (8, 7.3.2). */
    public static Opaque nodeResourceName(NodeId nodeId) {
        return nodeId.bytes();
    }

    /** The Resource Name of the certificates of {@code userName}: its UTF-8 bytes (8, 7.3.1). */
    public static Opaque userResourceName(String userName) {
        return Opaque.utf8(userName);
    }
}
