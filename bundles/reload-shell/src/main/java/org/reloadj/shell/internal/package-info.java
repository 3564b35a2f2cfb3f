/** The Gogo command component of the shell bundle. */
package org.reloadj.shell.internal;
