/**
 * {@code reloadj start}: a node in an embedded Apache Felix, with Declarative Services, Config
 * Admin, FileInstall watching {@code <home>/deploy}, and the Gogo shell.
 */
package org.reloadj.cli.start;
