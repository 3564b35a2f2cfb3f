package org.reloadj.wire.message;

import org.reloadj.api.Opaque;
import org.reloadj.api.registry.CertificateType;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A certificate in the security block (RFC 6940, 6.3.4): its RFC 6091 type and its encoding (DER
 * for X.509).
 *
 * @param type        the certificate type code (0 is X.509)
 * @param certificate the encoded certificate
 */
public record GenericCertificate(int type, Opaque certificate) {
    /** Checks the fields fit the wire format. */
    public GenericCertificate {
        if (type < 0 || type > 255) {
            throw new IllegalArgumentException("certificate type is one byte: " + type);
        }
        if (certificate.length() > 0xFFFF) {
            throw new IllegalArgumentException("certificate too long: " + certificate.length());
        }
    }

    /** An X.509 certificate in DER. */
    public static GenericCertificate x509(Opaque der) {
        return new GenericCertificate(CertificateType.X509.code(), der);
    }

    /** Reads one certificate. */
    public static GenericCertificate decode(WireReader r) throws WireException {
        int type = r.readUint8("certificate type");
        return new GenericCertificate(type, r.readOpaque(2, "certificate"));
    }

    /** Writes this certificate. */
    public void encode(WireWriter w) {
        w.writeUint8(type).writeOpaque(2, certificate, "certificate");
    }
}
