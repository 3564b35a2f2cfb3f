package org.reloadj.core.storage;

import java.util.ArrayList;
import java.util.List;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.kind.UsageDefinition;

/** Usages for tests. */
public final class UsageDefinitions {
    private UsageDefinitions() {
    }

    /** A usage of these kinds that accepts every value. */
    public static UsageDefinition of(String name, KindDefinition... kinds) {
        return new UsageDefinition() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<KindDefinition> kinds() {
                return List.of(kinds);
            }
        };
    }

    /** A usage of one kind that refuses every value, and remembers what it saw. */
    static final class Refusing implements UsageDefinition {
        private final KindDefinition kind;
        private final List<String> seen = new ArrayList<>();

        Refusing(KindDefinition kind) {
            this.kind = kind;
        }

        List<String> seen() {
            return seen;
        }

        @Override
        public String name() {
            return "refusing";
        }

        @Override
        public List<KindDefinition> kinds() {
            return List.of(kind);
        }

        @Override
        public void validate(KindId id, Opaque value) throws ReloadException {
            seen.add(value.toUtf8());
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN, "refused by the usage");
        }
    }
}
