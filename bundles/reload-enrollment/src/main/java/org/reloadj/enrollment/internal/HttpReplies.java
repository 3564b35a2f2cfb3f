package org.reloadj.enrollment.internal;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/** The server's HTTP answers: complete responses with a length, sent keeping the connection when asked. */
final class HttpReplies {
    /** The media type of an issued certificate (RFC 2585; RFC 6940, 11.3). */
    static final String PKIX_CERT = "application/pkix-cert";
    /** The media type of the configuration document (RFC 6940, 14.16). */
    static final String P2P_OVERLAY_XML = "application/p2p-overlay+xml";

    private HttpReplies() {
    }

    /** A response with {@code body} of media type {@code contentType}. */
    static FullHttpResponse bytes(HttpResponseStatus status, String contentType, byte[] body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        return response;
    }

    /** A text/plain response: a token of 11.3, or a short explanation. */
    static FullHttpResponse text(HttpResponseStatus status, String text) {
        return bytes(status, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** 405, naming the one method the resource allows. */
    static FullHttpResponse methodNotAllowed(String allowed) {
        FullHttpResponse response = text(HttpResponseStatus.METHOD_NOT_ALLOWED, "use " + allowed);
        response.headers().set(HttpHeaderNames.ALLOW, allowed);
        return response;
    }

    /** Sends {@code response}, from any thread; closes the connection after it unless kept alive. */
    static ChannelFuture send(ChannelHandlerContext ctx, boolean keepAlive, FullHttpResponse response) {
        HttpUtil.setKeepAlive(response, keepAlive);
        ChannelFuture sent = ctx.writeAndFlush(response);
        return keepAlive ? sent : sent.addListener(ChannelFutureListener.CLOSE);
    }
}
