/**
 * Implementation of the support group service.
 */
package org.servicelevel.application.supportgroup.internal;
