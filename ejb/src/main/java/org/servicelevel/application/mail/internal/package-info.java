/**
 * Implementation of the mail channel: each message processed once, in its own transaction.
 */
package org.servicelevel.application.mail.internal;
