/**
 * The mail channel: e-mails that become tickets or comments, and the rejections administrators review.
 */
package org.servicelevel.application.mail;
