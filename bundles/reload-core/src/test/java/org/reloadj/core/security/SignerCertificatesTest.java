package org.reloadj.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.Opaque;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.message.SignerIdentity;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;

/** The certificates a peer sends with the values it serves (RFC 6940, 6.3.4). */
class SignerCertificatesTest {
    private static final GenericCertificate A = GenericCertificate.x509(Opaque.utf8("certificate a"));
    private static final GenericCertificate B = GenericCertificate.x509(Opaque.utf8("certificate b"));
    private static final GenericCertificate CA = GenericCertificate.x509(Opaque.utf8("intermediate"));

    private static SignerIdentity identity(String hash) {
        return new SignerIdentity.CertHash(4, Opaque.utf8(hash));
    }

    private static StoredData signedBy(SignerIdentity identity) {
        return new StoredData(1, 60, new StoredDataValue.SingleValue(DataValue.of(Opaque.utf8("v"))),
                new Signature(4, 3, identity, Opaque.utf8("sig")));
    }

    @Test
    void the_certificates_of_every_signer_are_given_once_and_unknown_signers_add_none() {
        SignerCertificates known = new SignerCertificates();
        known.remember(identity("a"), List.of(A, CA));
        known.remember(identity("b"), List.of(B, CA));

        assertThat(known.certificatesOf(List.of(signedBy(identity("a")), signedBy(identity("b")),
                signedBy(identity("c")), signedBy(identity("a"))))).containsExactly(A, CA, B);
    }

    @Test
    void the_least_recently_used_signer_is_forgotten_first() {
        SignerCertificates known = new SignerCertificates(2);
        known.remember(identity("a"), List.of(A));
        known.remember(identity("b"), List.of(B));
        known.of(identity("a"));
        known.remember(identity("c"), List.of(CA));

        assertThat(known.of(identity("a"))).containsExactly(A);
        assertThat(known.of(identity("b"))).isEmpty();
    }
}
