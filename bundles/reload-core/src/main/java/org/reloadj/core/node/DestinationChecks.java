package org.reloadj.core.node;

import java.util.Optional;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.ReloadException;
import org.reloadj.api.registry.ForwardingOptionFlag;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.message.ForwardingOption;
import org.reloadj.wire.message.MessageExtension;
import org.reloadj.wire.message.ReloadMessage;

/**
 * What a destination node checks of a verified request before it processes it: the configuration
 * sequence (RFC 6940, 6.3.2.1), forwarding options marked DESTINATION_CRITICAL (6.3.2.3) and
 * critical message extensions (6.3.3).
 */
final class DestinationChecks {
    private final ConfigurationSource configuration;

    DestinationChecks(ConfigurationSource configuration) {
        this.configuration = configuration;
    }

    /**
     * Checks {@code request}.
     *
     * @throws ReloadException Error_Config_Too_Old or Error_Config_Too_New when the sequence differs
     *                         from this node's (a ConfigUpdate with sequence 65535 passes),
     *                         Error_Unsupported_Forwarding_Option, or Error_Unknown_Extension
     */
    void check(ReloadMessage request) throws ReloadException {
        checkSequence(request);
        Optional<ForwardingOption> option = Criticality.firstUnknown(request.header().options(),
                ForwardingOptionFlag.DESTINATION_CRITICAL);
        if (option.isPresent()) {
            throw new ReloadException(ErrorCode.ERROR_UNSUPPORTED_FORWARDING_OPTION,
                    "forwarding option of type " + option.get().type() + " is not supported");
        }
        Optional<MessageExtension> extension = Criticality.firstUnknownCritical(request.contents().extensions());
        if (extension.isPresent()) {
            throw new ReloadException(ErrorCode.ERROR_UNKNOWN_EXTENSION,
                    "critical extension of type " + extension.get().type() + " is not understood");
        }
    }

    private void checkSequence(ReloadMessage request) throws ReloadException {
        int theirs = request.header().configurationSequence();
        if (theirs == ConfigSequence.ANY
                && request.contents().messageCode() == MessageCode.CONFIG_UPDATE_REQ.code()) {
            return;
        }
        int ours = configuration.sequence();
        int c = ConfigSequence.compare(theirs, ours);
        if (c < 0) {
            throw new ReloadException(ErrorCode.ERROR_CONFIG_TOO_OLD,
                    "configuration sequence " + theirs + " is older than " + ours);
        }
        if (c > 0) {
            throw new ReloadException(ErrorCode.ERROR_CONFIG_TOO_NEW,
                    "configuration sequence " + theirs + " is newer than " + ours);
        }
    }
}
