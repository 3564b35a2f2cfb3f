package org.reloadj.api.registry;

/** A registry value with its on-the-wire code. */
public interface Coded {
    /** The code on the wire (an unsigned number of the field's width). */
    int code();
}
