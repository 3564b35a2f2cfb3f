package org.reloadj.core.storage;

import java.util.List;
import java.util.Objects;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.wire.body.ErrorResponse;
import org.reloadj.wire.body.StoreAns;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireIds;
import org.reloadj.wire.io.WireWriter;

/**
 * A storage request refused (RFC 6940, 7.4), with the {@code error_info} to answer with: the
 * structure the RFC prescribes for Error_Unknown_Kind and Error_Generation_Counter_Too_Low
 * (7.4.1.2), otherwise the reason as UTF-8 text (6.3.3.1).
 */
public final class StorageException extends ReloadException {
    /** The most Kind-IDs {@code KindId unknown_kinds<0..2^8-1>} holds (63 of 4 bytes). */
    public static final int MAX_UNKNOWN_KINDS = 63;

    private static final long serialVersionUID = 1L;

    private final transient Opaque errorInfo;

    private StorageException(ErrorCode code, String reason, Opaque errorInfo) {
        super(code, reason);
        this.errorInfo = Objects.requireNonNull(errorInfo, "errorInfo");
    }

    /** A refusal whose error_info is the reason itself. */
    public static StorageException of(ErrorCode code, String reason) {
        return new StorageException(code, reason, Opaque.utf8(reason));
    }

    /** Error_Forbidden (7.3, 7.4.1.1). */
    static StorageException forbidden(String reason) {
        return of(ErrorCode.ERROR_FORBIDDEN, reason);
    }

    /** Error_Invalid_Message: a request that contradicts its kinds' data models or the RFC's rules. */
    static StorageException invalid(String reason) {
        return of(ErrorCode.ERROR_INVALID_MESSAGE, reason);
    }

    /** Error_Data_Too_Large: a value over max-size, or more values than max-count (7.4.1.1, 13.5.2). */
    static StorageException tooLarge(String reason) {
        return of(ErrorCode.ERROR_DATA_TOO_LARGE, reason);
    }

    /**
     * Error_Unknown_Kind with {@code KindId unknown_kinds<0..2^8-1>} (7.4.1.2) listing the unknown
     * kinds; a one-byte length holds at most {@value #MAX_UNKNOWN_KINDS}, so a request with more
     * lists the first ones.
     */
    public static StorageException unknownKinds(List<KindId> unknown) {
        List<KindId> listed = unknown.subList(0, Math.min(unknown.size(), MAX_UNKNOWN_KINDS));
        Opaque info = WireWriter.encode(w ->
                Vectors.write(w, 1, "unknown_kinds", listed, (k, out) -> WireIds.writeKind(out, k)));
        return new StorageException(ErrorCode.ERROR_UNKNOWN_KIND, "unknown kinds " + unknown, info);
    }

    /**
     * Error_Generation_Counter_Too_Low whose error_info is a StoreAns with the stored generation
     * counter of each kind of the request and empty replica lists (7.4.1.2).
     */
    public static StorageException generationCounterTooLow(StoreAns current) {
        Opaque info = WireWriter.encode(current::encode);
        return new StorageException(ErrorCode.ERROR_GENERATION_COUNTER_TOO_LOW,
                "generation counters differ from the stored ones " + current.kindResponses(), info);
    }

    /** The error_info of the error response. */
    public Opaque errorInfo() {
        return errorInfo;
    }

    /** The error response to answer with (6.3.3.1). */
    public ErrorResponse toErrorResponse() {
        return new ErrorResponse(errorCode().code(), errorInfo);
    }
}
