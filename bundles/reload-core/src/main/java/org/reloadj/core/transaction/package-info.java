/**
 * End-to-end transactions (RFC 6940, 6.2.1): matching responses to requests by transaction id,
 * retransmission on the overlay-reliability-timer, failure after the fifth transmission, and the
 * receiving side's memory of answered requests for the 15-second request lifetime.
 */
package org.reloadj.core.transaction;
