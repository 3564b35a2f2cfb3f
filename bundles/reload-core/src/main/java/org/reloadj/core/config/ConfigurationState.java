package org.reloadj.core.config;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.reloadj.api.Cancellable;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.registry.ConfigUpdateType;
import org.reloadj.config.ConfigurationParser;
import org.reloadj.config.ConfigurationValidator;
import org.reloadj.config.ConfigurationWriter;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.config.Problem;
import org.reloadj.config.SequenceNumbers;
import org.reloadj.config.SignedConfiguration;
import org.reloadj.config.ValidationContext;
import org.reloadj.core.node.ConfigUpdateHandler;
import org.reloadj.core.node.ConfigurationSource;
import org.reloadj.core.node.VerifiedSender;
import org.reloadj.wire.body.ConfigUpdateReq;

/**
 * The Configuration Document in force on one node (RFC 6940, 6.3.2.1, 6.5.4 and 11.1): its
 * sequence number, which every message carries and is checked against, and its bytes, pushed to
 * nodes whose configuration is older.
 *
 * <p>A ConfigUpdate of type config replaces it "only if all the following are true: the sequence
 * number in the document is greater than the current configuration sequence number [and] the
 * Configuration Document is correctly digitally signed" (6.5.4.2): the document must pass the
 * {@link ConfigurationValidator} with the document in force as the previous one (grammar, rules,
 * signatures by a configuration-signer of the document in force), hold this overlay's
 * configuration, and carry a newer sequence; otherwise it is refused with Error_Forbidden or, when
 * not newer, Error_Config_Too_Old. Listeners then learn the new configuration (the kind table
 * takes its kinds). A ConfigUpdate of type kind is refused with Error_Forbidden: reload-config
 * cannot yet read and verify kind-blocks sent alone. Settings that the node was built with
 * (max-message-size, initial-ttl, ...) keep their values until the node is rebuilt.
 *
 * <p>Thread-safe: the node's event loop applies updates, any thread may read.
 */
public final class ConfigurationState implements ConfigurationSource, ConfigUpdateHandler {
    private final String instanceName;
    private final ValidationContext context;
    private final ConfigurationParser parser = new ConfigurationParser();
    private final List<Consumer<OverlayConfiguration>> listeners = new CopyOnWriteArrayList<>();
    private volatile OverlayConfigurations document;
    private volatile SignedConfiguration current;

    /**
     * The configuration of the overlay {@code instanceName} in {@code document}, accepted by the
     * operator; updates are validated against {@code context} with it as the previous document.
     *
     * @throws IllegalArgumentException when the document has no configuration of that overlay
     */
    public ConfigurationState(OverlayConfigurations document, String instanceName, ValidationContext context) {
        this.instanceName = Objects.requireNonNull(instanceName, "instanceName");
        this.context = Objects.requireNonNull(context, "context");
        this.document = document;
        this.current = document.find(instanceName).orElseThrow(() ->
                new IllegalArgumentException("the document has no configuration of overlay " + instanceName));
    }

    /** The configuration in force. */
    public OverlayConfiguration configuration() {
        return current.configuration();
    }

    /** Calls {@code listener} with each configuration accepted from now on. */
    public Cancellable onChange(Consumer<OverlayConfiguration> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public int sequence() {
        return (int) current.configuration().sequence().orElse(0);
    }

    /** The whole document as read (its signatures cover these bytes); written out when built in memory. */
    @Override
    public Opaque document() {
        OverlayConfigurations d = document;
        return d.source().isEmpty() ? Opaque.of(ConfigurationWriter.write(d)) : d.source();
    }

    @Override
    public void apply(ConfigUpdateReq update, VerifiedSender sender) throws ReloadException {
        if (update.type() != ConfigUpdateType.CONFIG.code()) {
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN, update.type() == ConfigUpdateType.KIND.code()
                    ? "kind descriptions sent alone are not accepted by this node; send a Configuration Document"
                    : "ConfigUpdate type " + update.type() + " is not understood");
        }
        byte[] bytes = update.data().toByteArray();
        List<Problem> errors = new ConfigurationValidator(context.withPrevious(document)).validate(bytes).stream()
                .filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN, "the Configuration Document is refused: "
                    + errors.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        }
        OverlayConfigurations next = parser.parse(bytes);
        SignedConfiguration mine = next.find(instanceName).orElseThrow(() -> new ReloadException(
                ErrorCode.ERROR_FORBIDDEN, "the document has no configuration of overlay " + instanceName));
        int theirs = (int) mine.configuration().sequence().orElse(0);
        if (!SequenceNumbers.isNewer(theirs, sequence())) {
            throw new ReloadException(ErrorCode.ERROR_CONFIG_TOO_OLD,
                    "sequence " + theirs + " is not newer than " + sequence());
        }
        document = next;
        current = mine;
        listeners.forEach(l -> l.accept(mine.configuration()));
    }
}
