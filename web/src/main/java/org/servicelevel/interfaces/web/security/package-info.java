/** The one authentication mechanism of screens and API: form sign-in with a session, Basic and bearer tokens. */
package org.servicelevel.interfaces.web.security;
