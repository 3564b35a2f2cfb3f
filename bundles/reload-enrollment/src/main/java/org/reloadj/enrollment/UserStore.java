package org.reloadj.enrollment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.reloadj.enrollment.internal.PasswordHash;
import org.reloadj.enrollment.internal.PropertiesFiles;

/**
 * The accounts the enrollment server authenticates (RFC 6940, 11.3: "The enrollment server MUST
 * authenticate the request using the provided account name and password"): account names and
 * salted PBKDF2-HMAC-SHA256 hashes of their passwords, kept in {@value #FILE} (readable by its
 * owner only), never the passwords themselves. Account names and passwords are compared as
 * binary UTF-8 strings, without string preparation; the check takes as long for an unknown
 * account as for a wrong password.
 */
public final class UserStore {
    /** The file name of the store in its directory. */
    public static final String FILE = "users.properties";
    /** A hash that is checked when the account is unknown, so that timing does not tell. */
    private static final PasswordHash UNKNOWN_ACCOUNT = PasswordHash.of("reloadj unknown account");

    private final Path file;
    private final Map<String, PasswordHash> accounts = new HashMap<>();

    private UserStore(Path file) {
        this.file = file;
    }

    /**
     * The store kept in {@code directory}, empty when it has no {@value #FILE} yet.
     *
     * @throws IOException when the file cannot be read or holds something other than hashes
     */
    public static UserStore open(Path directory) throws IOException {
        UserStore store = new UserStore(directory.resolve(FILE));
        for (Map.Entry<String, String> e : PropertiesFiles.load(store.file).entrySet()) {
            try {
                store.accounts.put(e.getKey(), PasswordHash.parse(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new IOException(store.file + ": account " + e.getKey() + " has no password hash", ex);
            }
        }
        return store;
    }

    /** The store's file. */
    public Path file() {
        return file;
    }

    /**
     * Adds {@code account}, or changes its password, and writes the store.
     *
     * @throws IllegalArgumentException when the account name is empty or holds control characters
     */
    public synchronized void setPassword(String account, String password) throws IOException {
        if (account.isEmpty() || account.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an account name is not empty and has no control character");
        }
        Map<String, PasswordHash> next = new HashMap<>(accounts);
        next.put(account, PasswordHash.of(password));
        Map<String, String> entries = new HashMap<>();
        next.forEach((name, hash) -> entries.put(name, hash.encode()));
        PropertiesFiles.store(file, "Enrollment accounts: PBKDF2-HMAC-SHA256 password hashes (RFC 6940, 11.3)", entries);
        accounts.putAll(next);
    }

    /** Whether {@code account} exists and {@code password} is its password. */
    public boolean authenticate(String account, String password) {
        PasswordHash hash;
        synchronized (this) {
            hash = accounts.get(account);
        }
        boolean matches = (hash == null ? UNKNOWN_ACCOUNT : hash).matches(password);
        return hash != null && matches;
    }

    /** Whether {@code account} exists. */
    public synchronized boolean contains(String account) {
        return accounts.containsKey(account);
    }
}
