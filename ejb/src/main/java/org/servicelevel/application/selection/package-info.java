/**
 * Selection rules: which agreement and priority a new ticket gets.
 */
package org.servicelevel.application.selection;
