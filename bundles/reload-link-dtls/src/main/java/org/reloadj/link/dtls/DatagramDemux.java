package org.reloadj.link.dtls;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Hands each datagram of a UDP socket to the {@link DatagramQueueTransport} of its sender. On a
 * listening socket a datagram from an unknown sender that opens a DTLS handshake (a ClientHello
 * record of epoch 0) makes a new transport for the acceptor; anything else from an unknown sender
 * is dropped, so stray datagrams cost nothing.
 */
final class DatagramDemux extends SimpleChannelInboundHandler<DatagramPacket> {
    private static final int RECORD_HEADER = 13;
    private static final int CONTENT_HANDSHAKE = 22;
    private static final int CLIENT_HELLO = 1;

    private final Map<InetSocketAddress, DatagramQueueTransport> peers = new ConcurrentHashMap<>();
    private final DtlsLinkSettings settings;
    private final Consumer<DatagramQueueTransport> acceptor;

    /** A demultiplexer that accepts new peers with {@code acceptor} (null: known peers only). */
    DatagramDemux(DtlsLinkSettings settings, Consumer<DatagramQueueTransport> acceptor) {
        this.settings = settings;
        this.acceptor = acceptor;
    }

    /** Registers the transport of a peer this socket connects to. */
    void register(DatagramQueueTransport transport) {
        peers.put(transport.remote(), transport);
        transport.onClose(() -> peers.remove(transport.remote(), transport));
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        byte[] datagram = ByteBufUtil.getBytes(packet.content());
        InetSocketAddress sender = packet.sender();
        DatagramQueueTransport transport = peers.get(sender);
        if (transport == null) {
            if (acceptor == null || !opensHandshake(datagram)) {
                return;
            }
            transport = new DatagramQueueTransport(ctx.channel(), sender, settings.datagramSize(), settings.loss());
            register(transport);
            transport.offer(datagram);
            acceptor.accept(transport);
            return;
        }
        transport.offer(datagram);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        List.copyOf(peers.values()).forEach(DatagramQueueTransport::close);
        super.channelInactive(ctx);
    }

    private static boolean opensHandshake(byte[] d) {
        return d.length > RECORD_HEADER && d[0] == CONTENT_HANDSHAKE && d[3] == 0 && d[4] == 0
                && d[RECORD_HEADER] == CLIENT_HELLO;
    }
}
