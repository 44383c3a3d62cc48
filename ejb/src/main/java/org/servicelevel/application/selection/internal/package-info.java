/**
 * Implementation of the selection rule service.
 */
package org.servicelevel.application.selection.internal;
