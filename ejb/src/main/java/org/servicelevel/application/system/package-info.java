/**
 * The system's own status and the jobs an administrator may start by hand.
 */
package org.servicelevel.application.system;
