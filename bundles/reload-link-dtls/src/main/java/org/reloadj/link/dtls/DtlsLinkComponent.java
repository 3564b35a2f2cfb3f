package org.reloadj.link.dtls;

import java.util.Arrays;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.api.registry.OverlayLinkType;
import org.reloadj.security.link.LinkAuthentication;

/**
 * Registers the DTLS provider (RFC 6940, 6.6.6 DTLS-UDP-SR-NO-ICE, or 6.6.4 DTLS-UDP-SR by name) as
 * an {@link OverlayLinkProvider} service, so nodes in the framework whose overlay uses DTLS (11.1
 * overlay-link-protocol) find it by link type. One provider, with its own threads, serves every
 * node of the framework.
 */
@Component(service = OverlayLinkProvider.class, configurationPid = DtlsLinkComponent.PID)
@Designate(ocd = DtlsLinkComponent.Config.class)
public final class DtlsLinkComponent extends DtlsLinkProvider {
    /** The Config Admin pid of the provider's settings. */
    public static final String PID = "org.reloadj.link.dtls";

    /** The provider's settings (Config Admin pid {@value #PID}). */
    @ObjectClassDefinition(name = "ReloadJ DTLS overlay links",
            description = "DTLS-UDP-SR-NO-ICE (RFC 6940, 6.6.6) with simple reliability (6.6.3)")
    public @interface Config {
        /** The overlay's Node-ID length (RFC 6940, 11.1 node-id-length). */
        @AttributeDefinition(description = "Node-ID length in bytes, 16..20")
        int node_id_length() default 16;

        /** The link type the provider offers in Attach candidates (14.10). */
        @AttributeDefinition(description = "Overlay link type: DTLS-UDP-SR-NO-ICE or DTLS-UDP-SR")
        String link_type() default "DTLS-UDP-SR-NO-ICE";

        /** The largest UDP payload sent, DTLS record included: the path MTU budget (6.7). */
        @AttributeDefinition(description = "Largest datagram sent, in bytes, 256..65507")
        int datagram_size() default 1400;

        /** Netty event-loop threads (each link also holds a thread of its own). */
        @AttributeDefinition(description = "Event-loop threads")
        int threads() default 2;
    }

    /** Starts the provider with {@code config}. */
    @Activate
    public DtlsLinkComponent(Config config) {
        super(LinkAuthentication.of(config.node_id_length()), settings(config), config.threads());
    }

    /** The provider settings {@code config} asks for, the defaults of {@link DtlsLinkSettings} otherwise. */
    static DtlsLinkSettings settings(Config config) {
        OverlayLinkType type = Arrays.stream(OverlayLinkType.values())
                .filter(t -> t.rfcName().equalsIgnoreCase(config.link_type().strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown overlay link type " + config.link_type()));
        return DtlsLinkSettings.defaults().withLinkType(type).withDatagramSize(config.datagram_size());
    }

    /** Closes the provider's links and sockets and stops its threads. */
    @Deactivate
    void deactivate() {
        close();
    }
}
