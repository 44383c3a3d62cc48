/**
 * Implementation of the system service.
 */
package org.servicelevel.application.system.internal;
