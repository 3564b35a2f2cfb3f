package org.reloadj.security.keys;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files written whole or not at all (a temporary file beside the target, then renamed), either
 * readable by their owner only (mode 600: private keys, password hashes) or by anyone (644:
 * certificates), in a directory accessible to its owner only when it has to be created.
 * Permissions are set where the file system has POSIX permissions.
 */
public final class SecureFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private SecureFiles() {
    }

    /** Writes {@code content} to {@code file}, readable and writable by the owner only. */
    public static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        write(file, content, OWNER_ONLY);
    }

    /** Writes {@code content} to {@code file}, readable by anyone. */
    public static void writeReadable(Path file, byte[] content) throws IOException {
        write(file, content, READABLE);
    }

    /** Creates {@code dir} and missing parents; {@code dir} itself, when created, is accessible to the owner only. */
    public static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir);
        setPermissions(dir, PRIVATE_DIRECTORY);
    }

    /**
     * Whether no one but the owner may read {@code file}; true on a file system without POSIX
     * permissions, where this class cannot tell.
     */
    public static boolean isOwnerOnly(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return true;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        return OWNER_ONLY.containsAll(permissions);
    }

    private static void write(Path file, byte[] content, Set<PosixFilePermission> permissions) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        createPrivateDirectories(dir);
        // createTempFile makes the file owner-only from the start, so a key is never readable by others.
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            setPermissions(temp, permissions);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(permissions);
        }
    }
}
