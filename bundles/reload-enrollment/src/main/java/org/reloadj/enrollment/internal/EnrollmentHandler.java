package org.reloadj.enrollment.internal;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.security.cert.CertificateEncodingException;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.reloadj.enrollment.EnrollmentSettings;

/**
 * Answers the two resources of the server: {@code POST <enroll path>}, the certificate request
 * protocol of RFC 6940, 11.3, and {@code GET /.well-known/reload-config}, the configuration
 * document (11.2). Another path is 404, another method 405 with {@code Allow}; an enrollment that
 * is not multipart/form-data is 415, one whose Accept rules out application/pkix-cert 406, a
 * malformed form 400.
 *
 * <p>The enrollment itself (a slow password hash, a signature) runs on {@code blocking}, never on
 * the event loop; the connection reads nothing more until its answer is written, so answers keep
 * the order of requests. Nothing a client sends makes it throw: a failure it did not foresee is
 * logged and answered 500.
 */
@ChannelHandler.Sharable
public final class EnrollmentHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final System.Logger LOG = System.getLogger("org.reloadj.enrollment");

    private final String enrollPath;
    private final Enroller enroller;
    private final Supplier<byte[]> configuration;
    private final Executor blocking;

    /**
     * A handler enrolling at {@code enrollPath} on {@code blocking} and serving the document
     * {@code configuration} gives.
     */
    public EnrollmentHandler(String enrollPath, Enroller enroller, Supplier<byte[]> configuration, Executor blocking) {
        this.enrollPath = enrollPath;
        this.enroller = enroller;
        this.configuration = configuration;
        this.blocking = blocking;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request) && !request.decoderResult().isFailure();
        FullHttpResponse response;
        try {
            response = respond(ctx, request, keepAlive);
        } catch (RuntimeException e) {
            response = internalError(ctx, e);
        }
        if (response != null) {
            HttpReplies.send(ctx, keepAlive, response);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(Level.DEBUG, "closing the connection of " + ctx.channel().remoteAddress() + ": " + cause);
        ctx.close();
    }

    /** The answer, or null when the enrollment answers later. */
    private FullHttpResponse respond(ChannelHandlerContext ctx, FullHttpRequest request, boolean keepAlive) {
        if (request.decoderResult().isFailure()) {
            return HttpReplies.text(HttpResponseStatus.BAD_REQUEST, "malformed HTTP request");
        }
        String path = new QueryStringDecoder(request.uri()).path();
        if (path.equals(enrollPath)) {
            return HttpMethod.POST.equals(request.method()) ? enroll(ctx, request, keepAlive)
                    : HttpReplies.methodNotAllowed("POST");
        }
        if (path.equals(EnrollmentSettings.CONFIGURATION_PATH)) {
            return HttpMethod.GET.equals(request.method()) ? configuration() : HttpReplies.methodNotAllowed("GET");
        }
        return HttpReplies.text(HttpResponseStatus.NOT_FOUND, "no such resource");
    }

    private FullHttpResponse configuration() {
        byte[] document = configuration.get();
        return document == null ? HttpReplies.text(HttpResponseStatus.SERVICE_UNAVAILABLE, "starting")
                : HttpReplies.bytes(HttpResponseStatus.OK, HttpReplies.P2P_OVERLAY_XML, document);
    }

    private FullHttpResponse enroll(ChannelHandlerContext ctx, FullHttpRequest request, boolean keepAlive) {
        if (!FormDecoder.isMultipart(request)) {
            return HttpReplies.text(HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE, "send multipart/form-data (RFC 6940, 11.3)");
        }
        if (!acceptsCertificate(request.headers().get(HttpHeaderNames.ACCEPT))) {
            return HttpReplies.text(HttpResponseStatus.NOT_ACCEPTABLE, "the answer is " + HttpReplies.PKIX_CERT);
        }
        EnrollmentForm form;
        try {
            form = FormDecoder.decode(request);
        } catch (IOException e) {
            return HttpReplies.text(HttpResponseStatus.BAD_REQUEST, e.getMessage());
        }
        ctx.channel().config().setAutoRead(false);
        try {
            blocking.execute(() -> {
                FullHttpResponse response = issue(ctx, form);
                HttpReplies.send(ctx, keepAlive, response).addListener(f -> ctx.channel().config().setAutoRead(true));
            });
            return null;
        } catch (RejectedExecutionException e) {
            ctx.channel().config().setAutoRead(true);
            return HttpReplies.text(HttpResponseStatus.SERVICE_UNAVAILABLE, "shutting down");
        }
    }

    private FullHttpResponse issue(ChannelHandlerContext ctx, EnrollmentForm form) {
        try {
            byte[] der = enroller.enroll(form, String.valueOf(ctx.channel().remoteAddress())).getEncoded();
            return HttpReplies.bytes(HttpResponseStatus.OK, HttpReplies.PKIX_CERT, der);
        } catch (EnrollmentRefusal r) {
            return HttpReplies.text(HttpResponseStatus.FORBIDDEN, r.token());
        } catch (IOException | CertificateEncodingException | RuntimeException e) {
            return internalError(ctx, e);
        }
    }

    private static FullHttpResponse internalError(ChannelHandlerContext ctx, Exception e) {
        LOG.log(Level.ERROR, "failed to answer a request from " + ctx.channel().remoteAddress(), e);
        return HttpReplies.text(HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal error");
    }

    /** Whether an Accept header admits application/pkix-cert; no header admits anything. */
    static boolean acceptsCertificate(String accept) {
        if (accept == null) {
            return true;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                refused |= parts[i].replace(" ", "").matches("q=0(\\.0*)?");
            }
            if (!refused && (type.equals(HttpReplies.PKIX_CERT) || type.equals("application/*") || type.equals("*/*"))) {
                return true;
            }
        }
        return false;
    }
}
