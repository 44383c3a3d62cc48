/**
 * The mail channel: e-mail received from customers, each message recorded once by its Message-ID
 * with what it became (a new ticket, a comment on one, or a rejection kept for administrators), and
 * the rules for reading a message (which ticket a reply names, which part of its text is new).
 */
package org.servicelevel.domain.model.mail;
