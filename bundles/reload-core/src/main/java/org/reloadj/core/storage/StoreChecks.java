package org.reloadj.core.storage;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reloadj.api.KindId;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.wire.body.StoreReq;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.message.SignerIdentity;
import org.reloadj.wire.storage.StoreKindData;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;

/**
 * The checks of a Store that do not depend on what is stored (RFC 6940, 7.4.1.1): the sender of a
 * replica Store, signatures, access control of the values' signers and, for original Stores, of the
 * request's signer (7.3), data models, sizes and the usages' own validation. They run before the
 * engine takes its lock, since signature verification is the costly part.
 */
final class StoreChecks {
    private final StoredDataVerifier verifier;
    private final AccessControl access;
    private final ReplicaSource replicaSource;

    StoreChecks(StoredDataVerifier verifier, AccessControl access, ReplicaSource replicaSource) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.access = Objects.requireNonNull(access, "access");
        this.replicaSource = Objects.requireNonNull(replicaSource, "replicaSource");
    }

    /**
     * Checks every value of {@code request}, signed by {@code requestSigner}, whose kinds are
     * {@code kinds}; the message carrying it had {@code certificates} in its security block.
     *
     * @throws ReloadException Error_Forbidden, Error_Data_Too_Large, Error_Invalid_Message, or a
     *                         usage's own refusal
     */
    void check(StoreReq request, Writer requestSigner, Map<KindId, ResolvedKind> kinds,
            List<GenericCertificate> certificates) throws ReloadException {
        ResourceId resource = request.resource();
        boolean replica = request.replicaNumber() > 0;
        if (replica && !replicaSource.isPlausible(resource, requestSigner.signingNodeId())) {
            throw StorageException.forbidden(requestSigner.signingNodeId() + " may not store replicas of " + resource);
        }
        for (StoreKindData data : request.kindData()) {
            if (replica && data.generationCounter() == 0) {
                throw StorageException.invalid("a replica Store of kind " + data.kind() + " has generation counter 0");
            }
            ResolvedKind kind = kinds.get(data.kind());
            for (StoredData value : data.values()) {
                checkValue(resource, kind, value, replica ? null : requestSigner, certificates);
            }
        }
    }

    private void checkValue(ResourceId resource, ResolvedKind kind, StoredData data, Writer requestSigner,
            List<GenericCertificate> certificates) throws ReloadException {
        KindDefinition def = kind.definition();
        StoredDataValue value = data.value();
        if (value.model() != def.dataModel()) {
            throw StorageException.invalid("kind " + def.id() + " is " + def.dataModel().rfcName() + ", not "
                    + value.model().rfcName());
        }
        checkSize(def, value);
        if (isAnonymous(data.signature())) {
            throw StorageException.forbidden("a stored value may not be anonymous (7.4.1.1)");
        }
        if (requestSigner != null) {
            access.check(def, resource, value, requestSigner);
        }
        access.check(def, resource, value, verifier.verify(resource, def.id(), data, certificates));
        if (value.value().exists()) {
            kind.validate(value.value().value());
        }
    }

    private static void checkSize(KindDefinition def, StoredDataValue value) throws StorageException {
        int size = value.value().value().length();
        if (size > def.maxSize()) {
            throw StorageException.tooLarge("a value of " + size + " bytes is over max-size " + def.maxSize()
                    + " of kind " + def.id());
        }
        if (value instanceof StoredDataValue.ArrayEntry entry && entry.index() != KindUpdate.APPEND
                && entry.index() >= def.maxCount()) {
            throw KindUpdate.arrayTooLong(def, entry.index());
        }
    }

    /** Identity "none" or algorithms {0, 0}: only synthesized answers may carry them (7.4.1.1). */
    private static boolean isAnonymous(Signature signature) {
        return signature.identity() instanceof SignerIdentity.None
                || signature.hashAlgorithm() == 0 && signature.signatureAlgorithm() == 0;
    }
}
