/**
 * Who is calling, as the application services need it: the caller's roles and organisation, and the actor
 * recorded in audit trails.
 */
package org.servicelevel.application.security;
