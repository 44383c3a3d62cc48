/** Sending e-mail over SMTP with Jakarta Mail, configured through MicroProfile Config. */
package org.servicelevel.infrastructure.mail;
