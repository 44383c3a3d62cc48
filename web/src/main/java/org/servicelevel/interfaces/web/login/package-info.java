/** The sign-in page and signing out. */
package org.servicelevel.interfaces.web.login;
