package org.reloadj.core.node;

import java.util.ArrayList;
import java.util.List;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.registry.ConfigUpdateType;
import org.reloadj.wire.body.ConfigUpdateReq;

/**
 * A configuration for tests: the document is the text {@code "sequence=N"}; an update is applied
 * when its sequence is newer, and every update received is recorded.
 */
final class TestConfiguration implements ConfigurationSource, ConfigUpdateHandler {
    private int sequence;
    private final List<ConfigUpdateReq> received = new ArrayList<>();

    TestConfiguration(int sequence) {
        this.sequence = sequence;
    }

    @Override
    public int sequence() {
        return sequence;
    }

    @Override
    public Opaque document() {
        return Opaque.utf8("sequence=" + sequence);
    }

    @Override
    public void apply(ConfigUpdateReq update, VerifiedSender sender) throws ReloadException {
        received.add(update);
        if (update.type() != ConfigUpdateType.CONFIG.code()) {
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN, "kinds are not updated in tests");
        }
        int theirs = Integer.parseInt(update.data().toUtf8().substring("sequence=".length()));
        if (ConfigSequence.compare(theirs, sequence) <= 0) {
            throw new ReloadException(ErrorCode.ERROR_CONFIG_TOO_OLD, "not newer");
        }
        sequence = theirs;
    }

    List<ConfigUpdateReq> received() {
        return List.copyOf(received);
    }
}
