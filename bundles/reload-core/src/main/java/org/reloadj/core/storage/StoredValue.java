package org.reloadj.core.storage;

import java.util.Objects;
import org.reloadj.wire.storage.StoredData;

/**
 * A value as this peer keeps it: the StoredData as received (an appended array entry with its real
 * index), when it expires on this peer's clock, and whether it came in a replica Store.
 *
 * <p>The lifetime of StoredData counts "from the time the peer receives the StoreReq" (RFC 6940,
 * 7), so the expiry is the local receipt time plus the lifetime. When the value is handed on or
 * answered, its lifetime is what remains (7.4.1.1: "adjust the lifetime value downward").
 *
 * @param data      the value with its signature, as stored
 * @param expiresAt the local time, in epoch milliseconds, from which it is expired
 * @param replica   whether it was written by a replica Store (replica_number above 0)
 */
public record StoredValue(StoredData data, long expiresAt, boolean replica) {
    /** Checks the data is present. */
    public StoredValue {
        Objects.requireNonNull(data, "data");
    }

    /** A value received at {@code now}: it lives for its lifetime from then. */
    public static StoredValue received(StoredData data, long now, boolean replica) {
        return new StoredValue(data, now + data.lifetime() * 1000L, replica);
    }

    /** Whether the lifetime has run out at {@code now}. */
    public boolean isExpiredAt(long now) {
        return now >= expiresAt;
    }

    /** The seconds of lifetime left at {@code now}, rounded up; 0 once expired. */
    public long remainingLifetime(long now) {
        long millis = expiresAt - now;
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    /** The StoredData to answer or hand on at {@code now}: its lifetime is what remains. */
    public StoredData asOf(long now) {
        return new StoredData(data.storageTime(), remainingLifetime(now), data.value(), data.signature());
    }
}
