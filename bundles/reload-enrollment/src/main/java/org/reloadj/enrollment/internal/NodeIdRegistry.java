package org.reloadj.enrollment.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reloadj.api.NodeId;

/**
 * Which Node-IDs each user holds (RFC 6940, 11.3): chosen by the server from a strong random
 * source (RFC 4086), so unpredictable to the user, never the reserved all-zeros or all-ones
 * values (RFC 6940, 3), never one another user holds, and kept in a file so that a user who
 * enrolls again gets the same Node-IDs back, with fresh ones added when asking for more, up to
 * the limit per user.
 */
public final class NodeIdRegistry {
    /** The file name of the assignments. */
    public static final String FILE = "node-ids.properties";

    private final Path file;
    private final int nodeIdLength;
    private final int maxPerUser;
    private final SecureRandom random;
    private final Map<String, List<NodeId>> held = new HashMap<>();
    private final Set<NodeId> taken = new HashSet<>();

    private NodeIdRegistry(Path file, int nodeIdLength, int maxPerUser, SecureRandom random) {
        this.file = file;
        this.nodeIdLength = nodeIdLength;
        this.maxPerUser = maxPerUser;
        this.random = random;
    }

    /**
     * The registry kept in {@value #FILE} in {@code directory}.
     *
     * @throws IOException when the file cannot be read or holds Node-IDs of another length
     */
    public static NodeIdRegistry open(Path directory, int nodeIdLength, int maxPerUser, SecureRandom random)
            throws IOException {
        NodeIdRegistry registry = new NodeIdRegistry(directory.resolve(FILE), nodeIdLength, maxPerUser, random);
        for (Map.Entry<String, String> e : PropertiesFiles.load(registry.file).entrySet()) {
            List<NodeId> ids = new ArrayList<>();
            for (String hex : e.getValue().split(",")) {
                ids.add(registry.parse(hex.strip()));
            }
            registry.held.put(e.getKey(), ids);
            registry.taken.addAll(ids);
        }
        return registry;
    }

    /** The largest number of Node-IDs a user may hold. */
    public int maxPerUser() {
        return maxPerUser;
    }

    /**
     * The first {@code count} Node-IDs of {@code user}, allocating and storing fresh ones when
     * the user holds fewer.
     *
     * @throws IllegalArgumentException when {@code count} is not within 1 and the limit
     * @throws IOException              when the assignments cannot be stored
     */
    public synchronized List<NodeId> allocate(String user, int count) throws IOException {
        if (count < 1 || count > maxPerUser) {
            throw new IllegalArgumentException("between 1 and " + maxPerUser + " Node-IDs, not " + count);
        }
        List<NodeId> ids = new ArrayList<>(held.getOrDefault(user, List.of()));
        if (ids.size() < count) {
            List<NodeId> fresh = new ArrayList<>();
            while (ids.size() < count) {
                NodeId id = freshId();
                ids.add(id);
                fresh.add(id);
            }
            Map<String, List<NodeId>> next = new HashMap<>(held);
            next.put(user, List.copyOf(ids));
            store(next);
            held.put(user, List.copyOf(ids));
            taken.addAll(fresh);
        }
        return List.copyOf(ids.subList(0, count));
    }

    /** The Node-IDs {@code user} holds, in the order allocated. */
    public synchronized List<NodeId> held(String user) {
        return held.getOrDefault(user, List.of());
    }

    private NodeId freshId() {
        byte[] bytes = new byte[nodeIdLength];
        while (true) {
            random.nextBytes(bytes);
            NodeId id = NodeId.of(bytes);
            if (!isReserved(bytes) && !taken.contains(id)) {
                return id;
            }
        }
    }

    private static boolean isReserved(byte[] bytes) {
        byte first = bytes[0];
        return (first == 0 || first == (byte) 0xff) && Arrays.equals(bytes, filled(bytes.length, first));
    }

    private static byte[] filled(int length, byte value) {
        byte[] b = new byte[length];
        Arrays.fill(b, value);
        return b;
    }

    private void store(Map<String, List<NodeId>> assignments) throws IOException {
        Map<String, String> entries = new HashMap<>();
        assignments.forEach((user, ids) -> entries.put(user, ids.stream().map(NodeId::toString).collect(Collectors.joining(","))));
        PropertiesFiles.store(file, "Node-IDs per user (RFC 6940, 11.3), assigned by the enrollment server", entries);
    }

    private NodeId parse(String hex) throws IOException {
        try {
            NodeId id = NodeId.fromHex(hex);
            if (id.length() != nodeIdLength) {
                throw new IOException(file + ": Node-ID " + hex + " is not " + nodeIdLength + " bytes long");
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": not a Node-ID: " + hex, e);
        }
    }
}
