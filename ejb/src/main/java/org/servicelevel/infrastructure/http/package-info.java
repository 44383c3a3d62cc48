/**
 * Outgoing HTTP: the webhook sender that posts CloudEvents to integrations' URLs with connect and
 * read timeouts, so that no receiver can hold a delivery thread longer than they allow.
 */
package org.servicelevel.infrastructure.http;
