package org.reloadj.example.note;

import java.time.Instant;

/**
 * A user's note.
 *
 * @param author   the user who wrote it (the signer of the stored value)
 * @param text     the note
 * @param storedAt when it was stored
 */
public record Note(String author, String text, Instant storedAt) {
}
