package org.reloadj.link.dtls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;
import org.reloadj.api.registry.OverlayLinkType;

/** The Declarative Services component, run as plain Java. */
class DtlsLinkComponentTest {
    private static DtlsLinkComponent.Config config(String linkType, int datagramSize) {
        return new DtlsLinkComponent.Config() {
            @Override
            public int node_id_length() {
                return 16;
            }

            @Override
            public String link_type() {
                return linkType;
            }

            @Override
            public int datagram_size() {
                return datagramSize;
            }

            @Override
            public int threads() {
                return 1;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return DtlsLinkComponent.Config.class;
            }
        };
    }

    @Test
    void by_default_the_component_offers_dtls_udp_sr_no_ice() {
        DtlsLinkComponent component = new DtlsLinkComponent(config("DTLS-UDP-SR-NO-ICE", 1400));
        try {
            assertThat(component.linkType()).isEqualTo(OverlayLinkType.DTLS_UDP_SR_NO_ICE.rfcName());
        } finally {
            component.deactivate();
        }
    }

    @Test
    void the_configuration_names_the_link_type_and_the_datagram_size() {
        DtlsLinkSettings settings = DtlsLinkComponent.settings(config("dtls-udp-sr", 1200));
        assertThat(settings.linkType()).isEqualTo(OverlayLinkType.DTLS_UDP_SR);
        assertThat(settings.datagramSize()).isEqualTo(1200);
    }

    @Test
    void a_link_type_that_is_not_dtls_is_refused() {
        assertThatThrownBy(() -> DtlsLinkComponent.settings(config("TLS-TCP-FH-NO-ICE", 1400)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a DTLS link type");
        assertThatThrownBy(() -> DtlsLinkComponent.settings(config("QUIC", 1400)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown overlay link type");
    }
}
