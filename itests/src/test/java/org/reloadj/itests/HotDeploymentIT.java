package org.reloadj.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.node.OverlayNode;
import org.reloadj.api.overlay.Query;

/**
 * Hot deployment (architecture principle 4): the example usage bundle installed into a running
 * node makes its kind EXAMPLE-NOTE storable at once, and uninstalled makes it unknown again
 * (RFC 6940, 7.4.1.2: Error_Unknown_Kind), without a restart and without disturbing the rest.
 */
@RunWith(WithTlsLinks.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeploymentIT extends NodesTest {
    private static final KindId EXAMPLE_NOTE = new KindId(0xF000_1001L);
    private static TestOverlay overlay;
    private static OverlayNode node;

    @Before
    public void startNodeOnce() throws Exception {
        if (overlay == null) {
            overlay = new TestOverlay(1);
            node = overlay.startAll(context, admin).get(0);
        }
    }

    @Test
    public void installing_the_example_usage_makes_its_kind_work_and_uninstalling_makes_it_unknown() throws Exception {
        String user = overlay.user(0);
        assertEquals(ErrorCode.ERROR_UNKNOWN_KIND,
                Values.failure(Values.storing(node.overlay(), EXAMPLE_NOTE, user, "too early")));

        Bundle example = context.installBundle(Path.of(System.getProperty("reloadj.example")).toUri().toString());
        example.start();
        await().atMost(10, TimeUnit.SECONDS).until(() -> kindNames().contains("EXAMPLE-NOTE"));
        Values.store(node.overlay(), EXAMPLE_NOTE, user, "hot deployed");
        assertEquals(Optional.of("hot deployed"), Values.fetch(node.overlay(), EXAMPLE_NOTE, user));

        example.uninstall();
        await().atMost(10, TimeUnit.SECONDS).until(() -> !kindNames().contains("EXAMPLE-NOTE"));
        assertEquals(ErrorCode.ERROR_UNKNOWN_KIND,
                Values.failure(Values.storing(node.overlay(), EXAMPLE_NOTE, user, "gone")));
        assertEquals(ErrorCode.ERROR_UNKNOWN_KIND, Values.failure(node.overlay().fetch(
                node.overlay().resourceId(Opaque.utf8(user)), List.of(Query.all(EXAMPLE_NOTE)))));
        Values.store(node.overlay(), TestOverlay.NOTE_ID, user, "the rest is undisturbed");
    }

    private List<String> kindNames() {
        return node.kinds().stream().map(KindDefinition::name).toList();
    }
}
