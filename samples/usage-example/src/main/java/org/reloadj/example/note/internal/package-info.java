/** The Declarative Services component of the example usage (not exported). */
package org.reloadj.example.note.internal;
