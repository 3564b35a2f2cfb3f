package org.reloadj.enrollment.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.reloadj.security.keys.SecureFiles;

/**
 * The server's small tables (user name to password hash, user to Node-IDs) as UTF-8 properties
 * files, written whole, sorted, and readable by their owner only.
 */
public final class PropertiesFiles {
    private PropertiesFiles() {
    }

    /** The entries of {@code file}, sorted; empty when the file does not exist. */
    public static Map<String, String> load(Path file) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + " is not a properties file: " + e.getMessage(), e);
            }
            p.stringPropertyNames().forEach(k -> entries.put(k, p.getProperty(k)));
        }
        return entries;
    }

    /** Replaces {@code file} by {@code entries}, with a comment line on top. */
    public static void store(Path file, String comment, Map<String, String> entries) throws IOException {
        StringBuilder text = new StringBuilder("# ").append(comment).append('\n');
        for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
            Properties one = new Properties();
            one.setProperty(e.getKey(), e.getValue());
            StringWriter line = new StringWriter();
            one.store(line, null);
            // Properties.store writes a date comment first; keep only the escaped entry.
            line.toString().lines().filter(l -> !l.startsWith("#")).forEach(l -> text.append(l).append('\n'));
        }
        SecureFiles.writeOwnerOnly(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
