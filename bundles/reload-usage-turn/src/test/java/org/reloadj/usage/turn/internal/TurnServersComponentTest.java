package org.reloadj.usage.turn.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.lang.annotation.Annotation;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.testkit.InMemoryOverlay;
import org.reloadj.testkit.InMemoryStorage;
import org.reloadj.usage.turn.TurnServiceUsage;

/** The Declarative Services component, run as plain Java. */
class TurnServersComponentTest {
    private static final NodeId PEER = NodeId.fromHex("10000000000000000000000000000000");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final InMemoryOverlay overlay = new InMemoryOverlay(storage, PEER, "turn@overlay.example.org");
    private TurnServersComponent component;

    @AfterEach
    void deactivate() {
        if (component != null) {
            component.deactivate();
        }
    }

    private static TurnServersComponent.Config config(int density, int maxIteration, String address) {
        return new TurnServersComponent.Config() {
            @Override
            public int turn_density() {
                return density;
            }

            @Override
            public int max_iteration() {
                return maxIteration;
            }

            @Override
            public long lifetime_seconds() {
                return 600;
            }

            @Override
            public int attempts() {
                return 2;
            }

            @Override
            public boolean allow_private_addresses() {
                return false;
            }

            @Override
            public String server_address() {
                return address;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return TurnServersComponent.Config.class;
            }
        };
    }

    private int iterationsStored() {
        int n = 0;
        for (int d = 1; d <= 255; d++) {
            if (!storage.values(InMemoryStorage.sha1(TurnServiceUsage.resourceName(PEER, d)), KindId.TURN_SERVICE)
                    .isEmpty()) {
                n++;
            }
        }
        return n;
    }

    @Test
    void the_configured_server_is_advertised_at_the_configured_iterations_once_an_overlay_is_bound() {
        component = new TurnServersComponent(config(6, 4, "192.0.2.10:3478"));
        component.bindOverlay(overlay);

        await().atMost(Duration.ofSeconds(10)).until(() -> storage.operations().size() >= 4);
        assertThat(iterationsStored()).isEqualTo(4);
    }

    @Test
    void without_a_configured_server_nothing_is_advertised() {
        component = new TurnServersComponent(config(6, 20, ""));
        component.bindOverlay(overlay);

        assertThat(component.discover().toCompletableFuture().join()).isEmpty();
        assertThat(storage.operations()).doesNotContain("store");
    }

    @Test
    void without_an_overlay_the_service_fails() {
        component = new TurnServersComponent(config(1, 20, ""));
        component.bindOverlay(overlay);
        component.unbindOverlay(overlay);

        assertThatThrownBy(() -> component.discover().toCompletableFuture().join())
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_malformed_server_address_is_a_configuration_error() {
        assertThatThrownBy(() -> new TurnServersComponent(config(1, 20, "turn.example.org")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
