package org.reloadj.wire.storage;

import java.util.Objects;
import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.IpAddressPort;

/**
 * The value a TURN server stores under the TURN-SERVICE kind (RFC 6940, 9): the iteration d of
 * the Resource Name it is stored at, and its address.
 *
 * @param iteration     the d value, a uint8
 * @param serverAddress the address at which the TURN server can be contacted
 */
public record TurnServer(int iteration, IpAddressPort serverAddress) {
    /** Checks the iteration is a uint8 and the address is present. */
    public TurnServer {
        if (iteration < 0 || iteration > 255) {
            throw new IllegalArgumentException("iteration is a uint8: " + iteration);
        }
        Objects.requireNonNull(serverAddress, "serverAddress");
    }

    /** Reads a TurnServer. */
    public static TurnServer decode(WireReader r) throws WireException {
        int iteration = r.readUint8("iteration");
        return new TurnServer(iteration, IpAddressPort.decode(r));
    }

    /**
     * Reads a TurnServer that fills a stored value (a DataValue's bytes) exactly.
     *
     * @throws WireException Error_Invalid_Message for bad bytes or bytes left over
     */
    public static TurnServer fromValue(Opaque value) throws WireException {
        WireReader r = WireReader.of(value);
        TurnServer t = decode(r);
        r.assertFinished("TurnServer");
        return t;
    }

    /** Writes this TurnServer. */
    public void encode(WireWriter w) {
        w.writeUint8(iteration);
        serverAddress.encode(w);
    }
}
