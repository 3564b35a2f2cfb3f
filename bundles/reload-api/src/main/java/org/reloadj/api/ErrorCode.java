package org.reloadj.api;

import java.util.Optional;

/**
 * The RELOAD error codes (RFC 6940, 6.3.3.1 and the registry of 14.9). An error response carries
 * one of these in its {@code error_code} field.
 */
public enum ErrorCode {
    ERROR_FORBIDDEN(0x2, "Error_Forbidden"),
    ERROR_NOT_FOUND(0x3, "Error_Not_Found"),
    ERROR_REQUEST_TIMEOUT(0x4, "Error_Request_Timeout"),
    ERROR_GENERATION_COUNTER_TOO_LOW(0x5, "Error_Generation_Counter_Too_Low"),
    ERROR_INCOMPATIBLE_WITH_OVERLAY(0x6, "Error_Incompatible_with_Overlay"),
    ERROR_UNSUPPORTED_FORWARDING_OPTION(0x7, "Error_Unsupported_Forwarding_Option"),
    ERROR_DATA_TOO_LARGE(0x8, "Error_Data_Too_Large"),
    ERROR_DATA_TOO_OLD(0x9, "Error_Data_Too_Old"),
    ERROR_TTL_EXCEEDED(0xA, "Error_TTL_Exceeded"),
    ERROR_MESSAGE_TOO_LARGE(0xB, "Error_Message_Too_Large"),
    ERROR_UNKNOWN_KIND(0xC, "Error_Unknown_Kind"),
    ERROR_UNKNOWN_EXTENSION(0xD, "Error_Unknown_Extension"),
    ERROR_RESPONSE_TOO_LARGE(0xE, "Error_Response_Too_Large"),
    ERROR_CONFIG_TOO_OLD(0xF, "Error_Config_Too_Old"),
    ERROR_CONFIG_TOO_NEW(0x10, "Error_Config_Too_New"),
    ERROR_IN_PROGRESS(0x11, "Error_In_Progress"),
    ERROR_EXP_A(0x12, "Error_Exp_A"),
    ERROR_EXP_B(0x13, "Error_Exp_B"),
    ERROR_INVALID_MESSAGE(0x14, "Error_Invalid_Message");

    private static final ErrorCode[] BY_CODE = new ErrorCode[0x15];

    static {
        for (ErrorCode c : values()) {
            BY_CODE[c.code] = c;
        }
    }

    private final int code;
    private final String rfcName;

    ErrorCode(int code, String rfcName) {
        this.code = code;
        this.rfcName = rfcName;
    }

    /** The 16-bit code on the wire. */
    public int code() {
        return code;
    }

    /** The name the RFC gives, e.g. {@code Error_Invalid_Message}. */
    public String rfcName() {
        return rfcName;
    }

    /** The error with this wire code, if it is registered. */
    public static Optional<ErrorCode> fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }
}
