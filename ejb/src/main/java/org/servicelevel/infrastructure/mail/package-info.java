/**
 * E-mail with Jakarta Mail, configured through MicroProfile Config: sending notifications over SMTP,
 * and reading the mail channel's IMAP mailbox.
 */
package org.servicelevel.infrastructure.mail;
