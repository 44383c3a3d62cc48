/**
 * The screens of the selection rules: the rules in the order they are tried with a box that tries
 * them on a ticket's facts, and one rule to read, create, change or delete.
 */
package org.servicelevel.interfaces.web.selection;
