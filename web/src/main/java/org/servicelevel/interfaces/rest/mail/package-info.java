/** The mail channel over REST: what administrators need to see of the e-mail it received. */
package org.servicelevel.interfaces.rest.mail;
