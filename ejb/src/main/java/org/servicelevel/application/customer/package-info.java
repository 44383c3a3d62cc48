/**
 * Customer organisations and their coordinators.
 */
package org.servicelevel.application.customer;
