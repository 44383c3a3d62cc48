/**
 * The application layer: one package per aggregate with the service interfaces and the records they
 * exchange, each with an {@code internal} package of {@code @Stateless} implementations (one use case, one
 * method, one transaction). Cross-cutting here: the audit record and the deadline scheduler port.
 */
package org.servicelevel.application;
