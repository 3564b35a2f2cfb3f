/** Reading the configuration document: the byte-exact markup scan, hardened StAX, the element readers. */
package org.reloadj.config.internal.xml;
