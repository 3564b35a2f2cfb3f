package org.reloadj.core.storage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.message.SignerIdentity;
import org.reloadj.wire.storage.StoredData;

/**
 * A stand-in for the security bundle's verifier: a "signature" is the signer's tag, a signature of
 * a tag it does not know is invalid, and every call is counted.
 */
final class FakeVerifier implements StoredDataVerifier {
    private final Map<Opaque, Writer> writers = new HashMap<>();
    private int calls;

    /** The signature {@code writer} makes (after it is registered). */
    Signature signatureOf(Writer writer) {
        Opaque tag = Opaque.utf8(writer.signingNodeId().toString());
        writers.put(tag, writer);
        return new Signature(4, 1, new SignerIdentity.CertHash(4, tag), tag);
    }

    /** A signature nobody can verify. */
    static Signature forged() {
        Opaque tag = Opaque.utf8("forged");
        return new Signature(4, 1, new SignerIdentity.CertHash(4, tag), tag);
    }

    int calls() {
        return calls;
    }

    @Override
    public Writer verify(ResourceId resource, KindId kind, StoredData data, List<GenericCertificate> certificates)
            throws ReloadException {
        calls++;
        Writer w = writers.get(data.signature().value());
        if (w == null) {
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN, "bad signature");
        }
        return w;
    }
}
