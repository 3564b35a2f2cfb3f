package org.reloadj.wire.body;

import java.util.Optional;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The body of an error response, message code 0xffff (RFC 6940, 6.3.3.1). The code is kept as a
 * number, so codes this implementation does not know are carried through.
 *
 * @param errorCode the 16-bit error code (see {@link ErrorCode})
 * @param errorInfo {@code opaque error_info<0..2^16-1>}: unless said otherwise, UTF-8 text
 */
public record ErrorResponse(int errorCode, Opaque errorInfo) implements MessageBody {
    /** Checks the fields fit. */
    public ErrorResponse {
        BodyFields.unsigned(errorCode, 16, "error_code");
        BodyFields.opaque(errorInfo, 2, "error_info");
    }

    /** An error response with a UTF-8 explanation. */
    public static ErrorResponse of(ErrorCode code, String utf8Info) {
        return new ErrorResponse(code.code(), Opaque.utf8(utf8Info));
    }

    /** The registered error, if this implementation knows the code. */
    public Optional<ErrorCode> error() {
        return ErrorCode.fromCode(errorCode);
    }

    /** Reads an ErrorResponse. */
    public static ErrorResponse decode(WireReader r, WireContext ctx) throws WireException {
        int code = r.readUint16("error_code");
        return new ErrorResponse(code, r.readOpaque(2, "error_info"));
    }

    @Override
    public int messageCode() {
        return MessageCode.ERROR.code();
    }

    @Override
    public void encode(WireWriter w) {
        w.writeUint16(errorCode).writeOpaque(2, errorInfo, "error_info");
    }
}
