package org.reloadj.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.overlay.ErrorResponseException;

/**
 * A failure as an operator reads it: a RELOAD error by the name RFC 6940 gives it (6.3.3.1, e.g.
 * {@code Error_Forbidden}) and its error_info (text, or for Error_Unknown_Kind the Kind-IDs it
 * lists, 7.4.1.2), anything else by its message.
 */
public final class Failures {
    private Failures() {
    }

    /** The failure inside {@code failure}'s wrappers. */
    public static Throwable cause(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** One line: {@code Error_Unknown_Kind: 0xf0001001}, or the message. */
    public static String describe(Throwable failure) {
        Throwable t = cause(failure);
        if (t instanceof ErrorResponseException r) {
            return r.errorCode().rfcName() + info(r.errorCode(), r.errorInfo());
        }
        if (t instanceof ReloadException r) {
            return r.errorCode().rfcName() + (r.getMessage() == null || r.getMessage().isBlank() ? "" : ": " + r.getMessage());
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String info(ErrorCode code, Opaque info) {
        if (info.isEmpty()) {
            return "";
        }
        if (code == ErrorCode.ERROR_UNKNOWN_KIND) {
            List<String> kinds = unknownKinds(info);
            if (!kinds.isEmpty()) {
                return ": " + String.join(", ", kinds);
            }
        }
        String text = ValueText.of(info);
        return text.contains("CERTIFICATE") ? "" : ": " + text;
    }

    /** The Kind-IDs of an Error_Unknown_Kind's error_info: {@code KindId unknown_kinds<0..2^8-1>}. */
    private static List<String> unknownKinds(Opaque info) {
        List<String> kinds = new ArrayList<>();
        int length = info.byteAt(0) & 0xFF;
        if (length % 4 != 0 || length + 1 != info.length()) {
            return kinds;
        }
        for (int i = 1; i < info.length(); i += 4) {
            long id = 0;
            for (int j = 0; j < 4; j++) {
                id = id << 8 | info.byteAt(i + j) & 0xFF;
            }
            kinds.add(String.format("0x%08x", id));
        }
        return kinds;
    }
}
