package org.reloadj.config;

import java.util.Optional;
import org.reloadj.api.ErrorCode;

/**
 * Configuration sequence numbers (RFC 6940, 6.3.2.1): 0 to 65534, increasing modulo 65535 and
 * compared with modulo arithmetic as TCP compares its sequence numbers; 65535 is reserved for
 * ConfigUpdate requests, which a node accepts whatever its own sequence number.
 *
 * <p>With an odd modulus every pair of distinct numbers is ordered: {@code a} is newer than
 * {@code b} when {@code (a - b) mod 65535} lies in 1..32767, older when it lies in 32768..65534.
 * So after 65534 comes 0, and 0 is newer than 65534.
 */
public final class SequenceNumbers {
    /** The largest sequence number a configuration may have. */
    public static final int MAX = 65534;
    /** The value a ConfigUpdate request may carry to be accepted by any node. */
    public static final int ANY = 65535;
    private static final int MODULUS = 65535;
    private static final int HALF = MODULUS / 2;

    private SequenceNumbers() {
    }

    /** Whether {@code sequence} may number a configuration: 0 to 65534. */
    public static boolean isValid(long sequence) {
        return sequence >= 0 && sequence <= MAX;
    }

    /** The sequence number after {@code sequence}: one more, and 0 after 65534. */
    public static int next(int sequence) {
        check(sequence);
        return (sequence + 1) % MODULUS;
    }

    /**
     * Compares two sequence numbers modulo 65535: negative when {@code a} is older than {@code b},
     * 0 when equal, positive when newer.
     *
     * @throws IllegalArgumentException when either is outside 0..65534
     */
    public static int compare(int a, int b) {
        check(a);
        check(b);
        int distance = Math.floorMod(a - b, MODULUS);
        if (distance == 0) {
            return 0;
        }
        return distance <= HALF ? 1 : -1;
    }

    /** Whether {@code candidate} is newer than {@code current} (6.3.2.1, 6.5.4.2). */
    public static boolean isNewer(int candidate, int current) {
        return compare(candidate, current) > 0;
    }

    /**
     * The error to answer a request whose configuration_sequence is {@code received} with, when
     * this node's is {@code own} (6.3.2.1): none when equal, or when the request is a ConfigUpdate
     * carrying 65535; Error_Config_Too_Old when the sender's is older; Error_Config_Too_New when
     * newer. A 65535 outside a ConfigUpdate is answered as too new (6.3.2.1 allows only these two
     * errors).
     */
    public static Optional<ErrorCode> checkRequest(int received, int own, boolean configUpdate) {
        if (received == own || configUpdate && received == ANY) {
            return Optional.empty();
        }
        if (received == ANY) {
            return Optional.of(ErrorCode.ERROR_CONFIG_TOO_NEW);
        }
        return Optional.of(isNewer(received, own) ? ErrorCode.ERROR_CONFIG_TOO_NEW : ErrorCode.ERROR_CONFIG_TOO_OLD);
    }

    private static void check(int sequence) {
        if (!isValid(sequence)) {
            throw new IllegalArgumentException("a configuration sequence number is 0..65534, not " + sequence);
        }
    }
}
