package org.reloadj.shell;

import org.reloadj.api.Opaque;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.registry.DataModel;

/**
 * Where a command's value goes in its kind's data model (RFC 6940, 7.2), and how slots print: the
 * single value; an array index ({@code --index I}, by default appended at the end, 7.4.1.1); a
 * dictionary key ({@code --key K}, required).
 */
final class Slots {
    private Slots() {
    }

    /** The slot to store at. */
    static Slot forStore(KindNames.Resolved kind, Arguments a) {
        DataModel model = model(kind, a);
        switch (model) {
            case ARRAY:
                if (a.option("--key").isPresent()) {
                    throw new IllegalArgumentException("an array takes --index, not --key");
                }
                return new Slot.Index(a.option("--index").map(Long::parseLong).orElse(Slot.APPEND));
            case DICTIONARY:
                return new Slot.Key(Opaque.utf8(a.option("--key").orElseThrow(() ->
                        new IllegalArgumentException("a dictionary value needs --key K"))));
            default:
                if (a.option("--index").isPresent() || a.option("--key").isPresent()) {
                    throw new IllegalArgumentException("a single value takes neither --index nor --key");
                }
                return Slot.SINGLE;
        }
    }

    private static DataModel model(KindNames.Resolved kind, Arguments a) {
        return kind.definition().map(KindDefinition::dataModel).orElseGet(() -> a.option("--index").isPresent()
                ? DataModel.ARRAY : a.option("--key").isPresent() ? DataModel.DICTIONARY : DataModel.SINGLE_VALUE);
    }

    /** Every value of the kind: the whole array, the whole dictionary, the single value. */
    static Query query(KindNames.Resolved kind) {
        boolean array = kind.definition().map(k -> k.dataModel() == DataModel.ARRAY).orElse(false);
        return array ? Query.range(kind.id(), 0, Slot.APPEND) : Query.all(kind.id());
    }

    /** How a value's slot is printed before it: nothing, {@code [3] }, {@code key: }. */
    static String label(Slot slot) {
        if (slot instanceof Slot.Index i) {
            return "[" + i.index() + "] ";
        }
        if (slot instanceof Slot.Key k) {
            return ValueText.of(k.key()) + ": ";
        }
        return "";
    }
}
