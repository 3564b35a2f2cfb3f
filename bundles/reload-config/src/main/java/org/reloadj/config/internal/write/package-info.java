/** Writing the configuration document as UTF-8 XML. */
package org.reloadj.config.internal.write;
