package org.reloadj.config;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.reloadj.api.KindId;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;

/**
 * A {@code kind-block} of {@code required-kinds} (RFC 6940, 11.1): a kind that every member must
 * support, named by its IANA name or by a Kind-ID, with its data model, access control and limits,
 * and the {@code kind-signature} over the {@code kind} element.
 *
 * <p>The model keeps what the document says; whether it makes sense (exactly one of name and id,
 * known policies, {@code max-node-multiple} for NODE-MULTIPLE) is for
 * {@link ConfigurationValidator}.
 *
 * @param name            the {@code name} attribute, a registered kind name
 * @param id              the {@code id} attribute, a Kind-ID
 * @param dataModel       {@code data-model}, e.g. {@code SINGLE}, {@code ARRAY}, {@code DICTIONARY}
 * @param accessControl   {@code access-control}, e.g. {@code USER-MATCH}, {@code NODE-MULTIPLE}
 * @param maxCount        {@code max-count}: values per resource members must support
 * @param maxSize         {@code max-size}: the largest value in bytes
 * @param maxNodeMultiple {@code max-node-multiple}: the largest i counter of NODE-MULTIPLE
 * @param extensions      elements of other namespaces inside {@code kind}
 * @param signature       the {@code kind-signature}
 */
public record KindBlock(Optional<String> name, Optional<KindId> id, String dataModel, String accessControl,
        int maxCount, int maxSize, OptionalInt maxNodeMultiple, List<ExtensionElement> extensions,
        Optional<DocumentSignature> signature) {

    /** Checks the parts are given; copies the list. */
    public KindBlock {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dataModel, "dataModel");
        Objects.requireNonNull(accessControl, "accessControl");
        Objects.requireNonNull(maxNodeMultiple, "maxNodeMultiple");
        extensions = List.copyOf(extensions);
        Objects.requireNonNull(signature, "signature");
    }

    /** An unsigned kind named by its registered name. */
    public static KindBlock named(String name, DataModel dataModel, AccessControlPolicy accessControl,
            int maxCount, int maxSize) {
        return new KindBlock(Optional.of(name), Optional.empty(), dataModel.rfcName(), accessControl.rfcName(),
                maxCount, maxSize, OptionalInt.empty(), List.of(), Optional.empty());
    }

    /** An unsigned kind named by its Kind-ID. */
    public static KindBlock withId(KindId id, DataModel dataModel, AccessControlPolicy accessControl,
            int maxCount, int maxSize) {
        return new KindBlock(Optional.empty(), Optional.of(id), dataModel.rfcName(), accessControl.rfcName(),
                maxCount, maxSize, OptionalInt.empty(), List.of(), Optional.empty());
    }

    /** This kind with a {@code max-node-multiple}. */
    public KindBlock withMaxNodeMultiple(int max) {
        return new KindBlock(name, id, dataModel, accessControl, maxCount, maxSize, OptionalInt.of(max), extensions,
                signature);
    }

    /** This kind with a {@code kind-signature} (or none). */
    public KindBlock withSignature(Optional<DocumentSignature> newSignature) {
        return new KindBlock(name, id, dataModel, accessControl, maxCount, maxSize, maxNodeMultiple, extensions,
                newSignature);
    }

    /** The name, or the decimal Kind-ID, for messages: {@code SIP-REGISTRATION}, {@code 2000}. */
    public String label() {
        return name.orElseGet(() -> id.map(k -> Long.toString(k.value())).orElse("(unnamed kind)"));
    }

    /** The data model, when it is one RFC 6940 registers (7.2, 14.7). */
    public Optional<DataModel> knownDataModel() {
        return Arrays.stream(DataModel.values()).filter(m -> m.rfcName().equals(dataModel)).findFirst();
    }

    /** The access control policy, when it is one RFC 6940 registers (7.3, 14.4). */
    public Optional<AccessControlPolicy> knownAccessControl() {
        return Arrays.stream(AccessControlPolicy.values()).filter(p -> p.rfcName().equals(accessControl)).findFirst();
    }
}
