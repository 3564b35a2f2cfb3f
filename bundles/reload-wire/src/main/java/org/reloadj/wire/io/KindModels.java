package org.reloadj.wire.io;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.reloadj.api.KindId;
import org.reloadj.api.registry.DataModel;

/**
 * Tells the decoder the data model of a kind. The model is not on the wire (RFC 6940, 7.2):
 * stored values and specifiers can only be parsed knowing it.
 */
@FunctionalInterface
public interface KindModels {
    /** The data model of {@code kind}, or empty when the kind is unknown here. */
    Optional<DataModel> modelOf(KindId kind);

    /**
     * The kinds RFC 6940 itself defines: TURN-SERVICE (single value, 9) and CERTIFICATE_BY_NODE
     * and CERTIFICATE_BY_USER (arrays, 8).
     */
    static KindModels standard() {
        return Standard.INSTANCE;
    }

    /** These models, and for every other kind what {@code this} says. */
    default KindModels with(Map<KindId, DataModel> more) {
        Map<KindId, DataModel> copy = Map.copyOf(more);
        return kind -> {
            DataModel m = copy.get(kind);
            return m != null ? Optional.of(m) : modelOf(kind);
        };
    }

    /** The standard kinds. */
    final class Standard implements KindModels {
        static final Standard INSTANCE = new Standard();
        private final Map<KindId, DataModel> models = new HashMap<>();

        private Standard() {
            models.put(KindId.TURN_SERVICE, DataModel.SINGLE_VALUE);
            models.put(KindId.CERTIFICATE_BY_NODE, DataModel.ARRAY);
            models.put(KindId.CERTIFICATE_BY_USER, DataModel.ARRAY);
        }

        @Override
        public Optional<DataModel> modelOf(KindId kind) {
            return Optional.ofNullable(models.get(kind));
        }
    }
}
