package org.reloadj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.util.Arrays;
import java.util.HexFormat;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.reloadj.wire.codec.MessageCodec;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.message.ReloadMessage;

/** Every ReloadJ bundle resolves and starts in Felix, and the codec works inside the framework. */
@RunWith(PaxExam.class)
public class WireBundleIT {
    private static final String PING = "d2454c4f123456780001" + "0a64c0000000" + "0000004d"
            + "0102030405060708" + "00000000" + "0000" + "0012" + "0000"
            + "0110" + "0b".repeat(16)
            + "0017" + "00000002" + "0000" + "00000000" + "0000" + "0000" + "030000" + "0000";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return options(FrameworkBundles.all());
    }

    @Test
    public void every_reloadj_bundle_is_active() {
        long active = Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName().startsWith("org.reloadj."))
                .peek(b -> assertEquals(b.getSymbolicName() + " state", Bundle.ACTIVE, b.getState()))
                .count();
        assertEquals(FrameworkBundles.reloadjBundleCount(), active);
    }

    @Test
    public void the_wire_bundle_exports_versioned_packages_and_hides_none_of_its_api() {
        Bundle wire = FrameworkUtil.getBundle(MessageCodec.class);
        assertEquals("org.reloadj.reload-wire", wire.getSymbolicName());
        String exports = wire.getHeaders().get("Export-Package");
        for (String pkg : new String[] {"org.reloadj.wire.codec", "org.reloadj.wire.message", "org.reloadj.wire.body",
            "org.reloadj.wire.io", "org.reloadj.wire.storage", "org.reloadj.wire.chord", "org.reloadj.wire.framing"}) {
            assertTrue(pkg + " exported with a version: " + exports, exports.contains(pkg + ";version="));
        }
    }

    @Test
    public void the_codec_decodes_and_re_encodes_a_message_inside_the_framework() throws Exception {
        byte[] bytes = HexFormat.of().parseHex(PING);
        MessageCodec codec = new MessageCodec(WireContext.defaults());
        ReloadMessage m = codec.decodeWhole(bytes.clone());
        assertEquals(0x17, m.contents().messageCode());
        assertEquals(PING, HexFormat.of().formatHex(codec.encodeToBytes(m)));
    }
}
