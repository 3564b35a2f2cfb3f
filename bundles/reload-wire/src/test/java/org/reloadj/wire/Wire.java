package org.reloadj.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/** Test support: encode to bytes, hex in and out, readers over hex. */
public final class Wire {
    private Wire() {
    }

    /** The bytes {@code writer} writes. */
    public static byte[] encode(Consumer<WireWriter> writer) {
        ByteBuf buf = Unpooled.buffer();
        try {
            writer.accept(new WireWriter(buf));
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    /** Hex of what {@code writer} writes. */
    public static String encodeHex(Consumer<WireWriter> writer) {
        return HexFormat.of().formatHex(encode(writer));
    }

    /** Bytes of hex digits, white space ignored. */
    public static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s+", ""));
    }

    /** A reader over hex digits, white space ignored. */
    public static WireReader reader(String hex) {
        return WireReader.of(bytes(hex));
    }

    /** An opaque of hex digits. */
    public static Opaque opaque(String hex) {
        return Opaque.of(bytes(hex));
    }

    /** Hex of bytes. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
