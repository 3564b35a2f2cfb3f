package org.reloadj.core.node;

/**
 * Comparison of configuration sequence numbers (RFC 6940, 6.3.2.1): they increase modulo 65535
 * and are compared "by modulo arithmetic as in TCP": a number less than half the space ahead is
 * newer, one less than half behind is older. 65535 is no configuration at all: it is accepted only
 * on a ConfigUpdate, and counts as older than any configuration elsewhere.
 */
final class ConfigSequence {
    /** The special value a ConfigUpdate may carry to be accepted whatever the receiver's number. */
    static final int ANY = 0xFFFF;

    private static final int MODULUS = 0xFFFF;

    private ConfigSequence() {
    }

    /**
     * Negative when {@code theirs} is older than {@code ours}, zero when equal, positive when newer.
     */
    static int compare(int theirs, int ours) {
        if (theirs == ANY) {
            return ours == ANY ? 0 : -1;
        }
        int ahead = Math.floorMod(theirs - ours, MODULUS);
        if (ahead == 0) {
            return 0;
        }
        return ahead < MODULUS / 2 ? 1 : -1;
    }
}
