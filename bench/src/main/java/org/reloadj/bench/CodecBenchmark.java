package org.reloadj.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.codec.MessageCodec;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.message.ReloadMessage;

/**
 * Encode and decode throughput of whole messages (forwarding header, contents, security block)
 * including the body structure (RFC 6940, 6.3 and 7.4). Run:
 * {@code java -jar bench/target/benchmarks.jar CodecBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodecBenchmark {
    @Param({"PingReq", "FetchReq", "StoreReq1KiB", "FetchAns10"})
    public String message;

    private final MessageCodec codec = new MessageCodec(WireContext.defaults());
    private ReloadMessage model;
    private byte[] encoded;

    @Setup
    public void setUp() {
        model = switch (message) {
            case "PingReq" -> BenchMessages.pingReq();
            case "FetchReq" -> BenchMessages.fetchReq();
            case "StoreReq1KiB" -> BenchMessages.storeReq1KiB();
            case "FetchAns10" -> BenchMessages.fetchAns10();
            default -> throw new IllegalArgumentException(message);
        };
        encoded = codec.encodeToBytes(model);
    }

    /** Decodes the envelope and the body structure. */
    @Benchmark
    public MessageBody decode() throws WireException {
        ReloadMessage m = codec.decodeWhole(encoded.clone());
        return BodyCodec.decode(m.contents(), codec.context());
    }

    /** Encodes the message into a pooled buffer, as a link would. */
    @Benchmark
    public int encode() {
        ByteBuf out = codec.encode(model, PooledByteBufAllocator.DEFAULT);
        int n = out.readableBytes();
        out.release();
        return n;
    }
}
